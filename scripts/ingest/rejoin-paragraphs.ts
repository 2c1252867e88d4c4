import type { Repair } from '../../src/schemas/provenance.ts';
import type { ClassifiedLine } from './classify-lines.ts';

/** One logical paragraph of body text, possibly spanning lines a PDF page break split. */
export interface Paragraph {
  text: string;
  startLine: number;
  endLine: number;
  /** Where each source line's text stands in `text`, so a clause split from the paragraph keeps its own lines. */
  lines: Array<{ line: number; start: number; end: number }>;
  /** Spans are offsets in `text`. */
  repairs: Repair[];
}

/** Numbering and heading markers: a line starting with one never continues the line before. */
export const MARKER = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,3}\.|——|[一二三四五六七八九十]是)/u;

/** @returns true when a paragraph may end after this text */
export function endsSentence(text: string): boolean {
  // A closing parenthesis ends a clause whose sentences are done: （…按职责分工负责）.
  return /[。！？；：…]$/u.test(text) || /[。！？][”’）」]$/u.test(text) || (/）$/u.test(text) && text.includes('。'));
}

/**
 * Group body lines into paragraphs, rejoining sentences broken across PDF page breaks: a line that
 * does not end a sentence continues into the next body line (across blank lines only) unless that
 * line starts with a numbering marker or the line itself is a heading.
 * @param lines classified lines of one source
 * @param isHeading tells headings (which legitimately end without punctuation) from broken text
 * @returns paragraphs in source order, and whether the last one ends mid-sentence
 */
export function rejoinParagraphs(lines: ClassifiedLine[], isHeading: (text: string) => boolean): { paragraphs: Paragraph[]; endsMidSentence: boolean } {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const line of lines) {
    if (line.role === 'blank') continue;
    if (line.role !== 'body') {
      open = null;
      continue;
    }
    if (open && !MARKER.test(line.text)) {
      const at = open.text.length;
      open.repairs.push({ kind: 'rejoin', line: line.line, note: `第${open.endLine}行与第${line.line}行是被分页断开的同一句话，已接合`, span: { start: at, end: at } });
      open.text += line.text;
      open.endLine = line.line;
      open.lines.push({ line: line.line, start: at, end: open.text.length });
      open.repairs.push(...line.repairs.map((r) => (r.span ? { ...r, span: { start: r.span.start + at, end: r.span.end + at } } : r)));
    } else {
      open = { text: line.text, startLine: line.line, endLine: line.line, lines: [{ line: line.line, start: 0, end: line.text.length }], repairs: [...line.repairs] };
      paragraphs.push(open);
    }
    if (endsSentence(open.text) || isHeading(open.text)) open = null;
  }
  const last = paragraphs[paragraphs.length - 1];
  return { paragraphs, endsMidSentence: last !== undefined && !endsSentence(last.text) && !isHeading(last.text) };
}
