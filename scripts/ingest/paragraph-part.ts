import type { Repair } from '../../src/schemas/provenance.ts';
import type { Paragraph } from './rejoin-paragraphs.ts';

/**
 * What one part of a paragraph (a clause split off at 二是, a heading) holds: the source lines its
 * text comes from and the repairs that touched that text. A repair of a whole line goes to every part
 * with text from that line; an erratum only to the part that holds its correction.
 * @param paragraph the paragraph
 * @param start offset of the part in the paragraph's text
 * @param end end of the part, exclusive
 * @returns the part's first and last source line, and its repairs with spans counted from `start`
 */
export function paragraphPart(paragraph: Paragraph, start: number, end: number): { startLine: number; endLine: number; repairs: Repair[] } {
  const overlaps = (from: number, to: number) => from < end && start < to;
  const lines = paragraph.lines.filter((l) => overlaps(l.start, l.end));
  const own = new Set(lines.map((l) => l.line));
  const repairs = paragraph.repairs.flatMap((repair) => {
    const span = repair.span;
    if (!span) return own.has(repair.line) ? [repair] : [];
    // An empty span (where a rejoin joined two lines) belongs to the text on either side of it.
    const holds = span.start === span.end ? start <= span.start && span.start <= end : overlaps(span.start, span.end);
    return holds ? [{ ...repair, span: { start: span.start - start, end: span.end - start } }] : [];
  });
  return { startLine: lines[0]?.line ?? paragraph.startLine, endLine: lines.at(-1)?.line ?? paragraph.endLine, repairs };
}
