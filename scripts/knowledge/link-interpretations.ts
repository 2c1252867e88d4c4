import type { LinkWithoutKinds } from '../../src/schemas/link.ts';
import type { IngestedClause, IngestedDocument } from '../ingest/ingest-source.ts';
import { bigramSimilarity, titleBigrams } from './title-similarity.ts';

const THRESHOLD = 0.6;

/**
 * Link each interpretation to the plan it explains, each of its chapters to the plan's chapter with the most
 * similar title (二、《行动方案》思路目标 → 一、思路目标), and each task it walks (一是… with a heading) to the part
 * of the plan with the most similar title: a （一） subsection or a numbered clause.
 * @param documents all documents
 * @param clauses all clauses
 * @returns interprets links, document-level first
 */
export function linkInterpretations(documents: IngestedDocument[], clauses: IngestedClause[]): LinkWithoutKinds[] {
  const links: LinkWithoutKinds[] = [];
  // Grouped once: scanning every clause for every interpretation is quadratic in the corpus.
  const documentById = new Map<string, IngestedDocument>();
  for (const d of documents) if (!documentById.has(d.id)) documentById.set(d.id, d);
  const clausesByDocument = Map.groupBy(clauses, (c) => c.documentId);
  for (const interpretation of documents.filter((d) => d.interprets)) {
    const plan = documentById.get(interpretation.interprets!);
    if (!plan) continue;
    links.push({ from: interpretation.id, to: plan.id, type: 'interprets', text: interpretation.title });
    const planChapters = plan.sections.filter((s) => s.level === 1).map((s) => ({ id: `${plan.id}/${s.id}`, title: s.title, bigrams: titleBigrams(s.title) }));
    for (const chapter of interpretation.sections.filter((s) => s.level === 1)) {
      // A 解读's chapters name the plan first (《行动方案》思路目标); what is left is the plan's chapter title.
      const best = mostSimilar(titleBigrams(chapter.title.replace(/^《[^《》]+》/u, '')), planChapters);
      if (best) links.push({ from: `${interpretation.id}/${chapter.id}`, to: best.id, type: 'interprets', text: `${chapter.title} ↔ ${best.title}` });
    }
    const planParts = [
      ...plan.sections.filter((s) => s.level === 2).map((s) => ({ id: `${plan.id}/${s.id}`, title: s.title })),
      ...(clausesByDocument.get(plan.id) ?? []).filter((c) => c.heading).map((c) => ({ id: c.id, title: c.heading })),
    ].map((part) => ({ ...part, bigrams: titleBigrams(part.title) }));
    for (const clause of (clausesByDocument.get(interpretation.id) ?? []).filter((c) => /是$/u.test(c.label) && c.heading)) {
      const best = mostSimilar(titleBigrams(clause.heading), planParts);
      if (best) links.push({ from: clause.id, to: best.id, type: 'interprets', text: `${clause.label}${clause.heading} ↔ ${best.title}` });
    }
  }
  return links;
}

type Part = { id: string; title: string; bigrams: ReturnType<typeof titleBigrams> };

/** @returns the part whose title is most similar to the heading, if any reaches the threshold (the first of equals) */
function mostSimilar(heading: ReturnType<typeof titleBigrams>, parts: Part[]): Part | null {
  let best: { part: Part; score: number } | null = null;
  for (const part of parts) {
    const score = bigramSimilarity(heading, part.bigrams);
    if (score >= THRESHOLD && (!best || score > best.score)) best = { part, score };
  }
  return best?.part ?? null;
}
