import type { Link } from '../../src/schemas/link.ts';
import type { IngestedClause, IngestedDocument } from '../ingest/ingest-source.ts';
import { bigramSimilarity, titleBigrams } from './title-similarity.ts';

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
  // Grouped once: scanning every clause for every interpretation is quadratic in the corpus.
  const documentById = new Map<string, IngestedDocument>();
  for (const d of documents) if (!documentById.has(d.id)) documentById.set(d.id, d);
  const clausesByDocument = Map.groupBy(clauses, (c) => c.documentId);
  for (const interpretation of documents.filter((d) => d.interprets)) {
    const plan = documentById.get(interpretation.interprets!);
    if (!plan) continue;
    links.push({ from: interpretation.id, to: plan.id, type: 'interprets', text: interpretation.title });
    const planParts = [
      ...plan.sections.filter((s) => s.level === 2).map((s) => ({ id: `${plan.id}/${s.id}`, title: s.title })),
      ...(clausesByDocument.get(plan.id) ?? []).filter((c) => c.heading).map((c) => ({ id: c.id, title: c.heading })),
    ].map((part) => ({ ...part, bigrams: titleBigrams(part.title) }));
    for (const clause of (clausesByDocument.get(interpretation.id) ?? []).filter((c) => /是$/u.test(c.label) && c.heading)) {
      const heading = titleBigrams(clause.heading);
      let best: { id: string; title: string; score: number } | null = null;
      for (const part of planParts) {
        const score = bigramSimilarity(heading, part.bigrams);
        if (score >= THRESHOLD && (!best || score > best.score)) best = { id: part.id, title: part.title, score };
      }
      if (best) links.push({ from: clause.id, to: best.id, type: 'interprets', text: `${clause.label}${clause.heading} ↔ ${best.title}` });
    }
  }
  return links;
}
