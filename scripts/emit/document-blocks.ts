import type { IngestedClause, IngestedDocument } from '../ingest/ingest-source.ts';
import type { AnnotatedClause } from '../knowledge/annotate-corpus.ts';
import type { InlineMark, MdxClause, MdxSection } from './emit-mdx.ts';

/**
 * Order a document's sections and clauses as the source prints them, ready for MDX.
 * @param document the ingested document
 * @param clauses its clauses in source order
 * @param marksFor inline marks for a clause (targets, citations, department tag)
 * @param headingTargets targets printed in a section's heading, by section id, with offsets into its title
 * @returns blocks in source-line order
 */
export function documentBlocks<C extends IngestedClause | AnnotatedClause>(
  document: IngestedDocument,
  clauses: C[],
  marksFor: (clause: C) => InlineMark[],
  headingTargets: ReadonlyMap<string, ReadonlyArray<{ id: string; start: number; end: number }>> = new Map(),
): Array<MdxSection | MdxClause> {
  const blocks: Array<{ line: number; order: number; block: MdxSection | MdxClause }> = [];
  for (const section of document.sections) {
    const heading = section.marker + section.title;
    // The heading prints its marker before the title the offsets count in.
    const marks = (headingTargets.get(section.id) ?? []).map((t) => ({ start: section.marker.length + t.start, end: section.marker.length + t.end, component: 'Target' as const, attributes: { id: t.id } }));
    blocks.push({ line: section.line, order: 0, block: { anchor: section.id, level: section.level, heading, marks } });
  }
  clauses.forEach((clause, i) => {
    blocks.push({
      line: clause.source.startLine,
      order: 1 + i,
      block: { id: clause.id, lead: leadOf(clause), text: clause.text, marks: marksFor(clause) },
    });
  });
  return blocks.sort((a, b) => a.line - b.line || a.order - b.order).map((b) => b.block);
}

/** @returns the printed marker and heading with its stop, when the clause opens with them */
export function leadOf(clause: Pick<IngestedClause, 'text' | 'marker' | 'heading'>): string {
  if (!clause.heading) return '';
  const lead = clause.text.slice(0, clause.text.indexOf(clause.heading) + clause.heading.length + 1);
  return lead.startsWith(clause.marker) ? lead : '';
}
