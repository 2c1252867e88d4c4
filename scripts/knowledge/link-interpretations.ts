import type { Link } from '../../src/schemas/link.ts';
import type { IngestedClause, IngestedDocument } from '../ingest/ingest-source.ts';
import { titleSimilarity } from './title-similarity.ts';

const THRESHOLD = 0.6;

/**
 * Link each interpretation to the plan it explains, and each task it walks (一是… with a heading) to the part
 * of the plan with the most similar title: a （一） subsection or a numbered clause.
 * @param documents all documents
 * @param clauses all clauses
 * @returns interprets links, document-level first
 */
export function linkInterpretations(documents: IngestedDocument[], clauses: IngestedClause[]): Link[] {
  const links: Link[] = [];
  for (const interpretation of documents.filter((d) => d.interprets)) {
    const plan = documents.find((d) => d.id === interpretation.interprets);
    if (!plan) continue;
    links.push({ from: interpretation.id, to: plan.id, type: 'interprets', text: interpretation.title });
    const planParts = [
      ...plan.sections.filter((s) => s.level === 2).map((s) => ({ id: `${plan.id}/${s.id}`, title: s.title })),
      ...clauses.filter((c) => c.documentId === plan.id && c.heading).map((c) => ({ id: c.id, title: c.heading })),
    ];
    for (const clause of clauses.filter((c) => c.documentId === interpretation.id && /是$/u.test(c.label) && c.heading)) {
      let best: { id: string; title: string; score: number } | null = null;
      for (const part of planParts) {
        const score = titleSimilarity(clause.heading, part.title);
        if (score >= THRESHOLD && (!best || score > best.score)) best = { ...part, score };
      }
      if (best) links.push({ from: clause.id, to: best.id, type: 'interprets', text: `${clause.label}${clause.heading} ↔ ${best.title}` });
    }
  }
  return links;
}
