import type { Repair } from '../../src/schemas/provenance.ts';
import { IngestError } from './ingest-error.ts';
import { chineseNumeral } from './chinese-numeral.ts';
import type { Paragraph } from './rejoin-paragraphs.ts';
import { paragraphPart } from './paragraph-part.ts';

/** A heading of the document's outline. */
export interface SectionNode {
  /** Position id: `s2`, `s2.1`, or a province id in a digest. */
  id: string;
  level: 1 | 2;
  /** Printed marker: 二、 or （一）, empty for a province heading. */
  marker: string;
  title: string;
  parent: string | null;
  line: number;
  /** Repairs of the heading's line (width, spacing, simplified…); spans count from the start of `title`. */
  repairs: Repair[];
}

/** A clause before departments and knowledge tags are attached. */
export interface StructuredClause {
  /** Id within its document: c3, s1-g2, s3-e1, p1, s2.1 … */
  localId: string;
  /** Printed label: 3, ——, 一是, （一）, or empty for a plain paragraph. */
  label: string;
  /** The marker as printed at the start of `text` (3. / —— / 一是 / （一）), or empty. */
  marker: string;
  /** The short title sentence that opens the clause, without its full stop, or empty. */
  heading: string;
  /** Section ids from the outermost in. */
  path: string[];
  /** Full clause text, marker and heading included: nothing of the source line is dropped. */
  text: string;
  startLine: number;
  endLine: number;
  repairs: Repair[];
}

const SECTION = /^([一二三四五六七八九十]+)、/u;
const SUBSECTION = /^[（(]([一二三四五六七八九十]+)[)）]/u;
const NUMBERED = /^(\d{1,3})\./u;
const GOAL = /^——/u;
const ENUMERATED = /^([一二三四五六七八九十])是/u;
// Numbering schemes the structurer does not know. Text under them would be mis-nested, so the build stops.
const UNKNOWN_NUMBERING = /^([①-⑳]|[（(]\d{1,3}[)）]|第[一二三四五六七八九十百]+[条章节款]|\d{1,3}[、)）]|[A-Za-z][.、)]\s*[\u4e00-\u9fff])/u;
const MAX_HEADING = 30;

/** A printed clause number that breaks the sequence 1, 2, 3…: kept under a distinct id, and reported. */
export interface NumberingIrregularity {
  /** Raw line of the clause. */
  line: number;
  /** The printed number. */
  label: string;
  /** The number the sequence called for. */
  expected: string;
  /** `repeated`: the number was already used since the last 1.; `out-of-sequence`: skipped or went back. */
  kind: 'repeated' | 'out-of-sequence';
  /** The distinct id the clause was given. */
  localId: string;
}

export interface StructureOptions {
  file: string;
  /** Province headings that open a digest's sections, mapped to province ids. */
  provinceHeadings: Map<string, string>;
}

/**
 * Build the outline and clauses of one document from its paragraphs. Numbering schemes: 一、 sections,
 * （一）/(一) subsections (a heading alone, or a clause when it carries sentences), 1. clauses, —— goal
 * bullets, 一是… enumerations (also inside a paragraph), province headings in a digest, plain paragraphs.
 * @param paragraphs the document's body paragraphs
 * @param options file name for errors, and the province headings
 * @returns sections and clauses in source order, and printed clause numbers that break their sequence
 * @throws IngestError on a numbering scheme it does not know
 */
export function structureDocument(paragraphs: Paragraph[], options: StructureOptions): { sections: SectionNode[]; clauses: StructuredClause[]; numbering: NumberingIrregularity[] } {
  const sections: SectionNode[] = [];
  const clauses: StructuredClause[] = [];
  const numbering: NumberingIrregularity[] = [];
  // Printed clause numbers since the last restart at 1 (a new part may number from 1 again: 保障措施 1.).
  let lastNumber = 0;
  let numbersSeen = new Set<number>();
  const used = new Set<string>();
  let level1: SectionNode | null = null;
  let level2: SectionNode | null = null;
  const counters = new Map<string, number>();

  const uniqueId = (wanted: string, fallbackPrefix: string): string => {
    let id = wanted;
    if (used.has(id)) id = `${fallbackPrefix}-${wanted}`;
    let n = 2;
    const base = id;
    while (used.has(id)) id = `${base}-${n++}`;
    used.add(id);
    return id;
  };
  const sectionPath = () => [level1?.id, level2?.id].filter((s): s is string => Boolean(s));
  const scope = () => level2?.id ?? level1?.id ?? '';
  const nextCount = (kind: string) => {
    const key = `${scope()}|${kind}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const scoped = (local: string) => (scope() ? `${scope()}-${local}` : local);

  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    const province = options.provinceHeadings.get(text);
    if (province) {
      level1 = { id: province, level: 1, marker: '', title: text, parent: null, line: paragraph.startLine, repairs: headingRepairs(paragraph, '', text) };
      level2 = null;
      used.add(province);
      sections.push(level1);
      continue;
    }
    const unknown = UNKNOWN_NUMBERING.exec(text);
    if (unknown) {
      throw new IngestError(options.file, paragraph.startLine, `unknown numbering scheme “${unknown[1]}”; expected one of 一、 / （一） / 1. / —— / 一是, or a plain paragraph`);
    }
    const section = SECTION.exec(text);
    if (section) {
      const n = chineseNumeral(section[1]);
      const rest = text.slice(section[0].length);
      const stop = rest.indexOf('。');
      // A heading that ends in its own 。 (四、保障措施。) keeps it: with no sentence after it, nothing else would.
      const title = stop === -1 || stop + 1 === rest.length ? rest : rest.slice(0, stop);
      level1 = { id: uniqueId(`s${n}`, 'dup'), level: 1, marker: section[0], title, parent: null, line: paragraph.startLine, repairs: headingRepairs(paragraph, section[0], title) };
      level2 = null;
      sections.push(level1);
      if (stop !== -1 && stop + 1 < rest.length) {
        // A section line that carries sentences after its title: the sentences are a clause of it.
        clauses.push(clause(paragraph, uniqueId(scoped(`p${nextCount('p')}`), 'dup'), '', '', '', sectionPath(), text, 0));
      }
      continue;
    }
    const subsection = SUBSECTION.exec(text);
    if (subsection) {
      const n = chineseNumeral(subsection[1]);
      const rest = text.slice(subsection[0].length);
      const id = uniqueId(level1 ? `${level1.id}.${n}` : `s0.${n}`, 'dup');
      if (!rest.includes('。')) {
        level2 = { id, level: 2, marker: subsection[0], title: rest, parent: level1?.id ?? null, line: paragraph.startLine, repairs: headingRepairs(paragraph, subsection[0], rest) };
        sections.push(level2);
        continue;
      }
      level2 = null;
      pushSplit(paragraph, id, subsection[0], subsection[0], headingOf(rest));
      continue;
    }
    const numbered = NUMBERED.exec(text);
    if (numbered) {
      const rest = text.slice(numbered[0].length);
      const local = used.has(`c${numbered[1]}`) ? uniqueId(scoped(`c${numbered[1]}`), 'dup') : uniqueId(`c${numbered[1]}`, 'dup');
      const n = Number(numbered[1]);
      if (n === 1) numbersSeen = new Set();
      else if (n !== lastNumber + 1) {
        numbering.push({ line: paragraph.startLine, label: numbered[1], expected: String(lastNumber + 1), kind: numbersSeen.has(n) ? 'repeated' : 'out-of-sequence', localId: local });
      }
      numbersSeen.add(n);
      lastNumber = n;
      pushSplit(paragraph, local, numbered[1], numbered[0], headingOf(rest));
      continue;
    }
    if (GOAL.test(text)) {
      pushSplit(paragraph, uniqueId(scoped(`g${nextCount('g')}`), 'dup'), '——', '——', headingOf(text.slice(2)));
      continue;
    }
    const enumerated = ENUMERATED.exec(text);
    if (enumerated) {
      const n = chineseNumeral(enumerated[1]);
      pushSplit(paragraph, uniqueId(scoped(`e${n}`), 'dup'), enumerated[0], enumerated[0], headingOf(text.slice(enumerated[0].length)));
      continue;
    }
    pushSplit(paragraph, uniqueId(scoped(`p${nextCount('p')}`), 'dup'), '', '', '');
  }
  return { sections, clauses, numbering };

  /** Push a clause, split where the paragraph enumerates 一是…二是… inline. */
  function pushSplit(paragraph: Paragraph, localId: string, label: string, marker: string, heading: string): void {
    const pieces = splitEnumeration(paragraph.text);
    pieces.forEach((piece, i) => {
      if (i === 0) {
        clauses.push(clause(paragraph, localId, label, marker, heading, sectionPath(), piece.text, piece.start));
      } else {
        // Items after 一是 are siblings of an enumerated clause, or children of any other clause.
        const id = uniqueId(marker === '一是' ? scoped(`e${piece.ordinal}`) : `${localId}-e${piece.ordinal}`, 'dup');
        clauses.push(clause(paragraph, id, piece.marker, piece.marker, headingOf(piece.text.slice(piece.marker.length)), sectionPath(), piece.text, piece.start));
      }
    });
  }
}

/** A clause from the part of the paragraph at `start`: only the lines and repairs of that part are its own. */
function clause(paragraph: Paragraph, localId: string, label: string, marker: string, heading: string, path: string[], text: string, start: number): StructuredClause {
  return { localId, label, marker, heading, path, text, ...paragraphPart(paragraph, start, start + text.length) };
}

/** @returns the repairs of a heading printed as `marker` + `title` at the start of the paragraph, spans counted from the title */
function headingRepairs(paragraph: Paragraph, marker: string, title: string): Repair[] {
  return paragraphPart(paragraph, 0, marker.length + title.length).repairs.map((r) =>
    r.span ? { ...r, span: { start: r.span.start - marker.length, end: r.span.end - marker.length } } : r,
  );
}

/** @returns the opening sentence when it is a short title (`推动基础研究强基。`), without its stop; else empty */
export function headingOf(rest: string): string {
  const stop = rest.search(/[。：]/u);
  if (stop <= 0 || stop > MAX_HEADING || stop === rest.length - 1) return '';
  return rest.slice(0, stop);
}

/**
 * Split a paragraph at inline enumerations: 一是…。二是…。三是… Each ordinal must follow a
 * full stop or semicolon and come in sequence after an earlier 一是, so a stray 二是 never splits.
 * @param text paragraph text
 * @returns pieces in order, each with its offset in `text`; the first keeps any lead-in and the 一是 item
 */
export function splitEnumeration(text: string): Array<{ text: string; start: number; ordinal: number; marker: string }> {
  const starts: Array<{ at: number; ordinal: number; marker: string }> = [];
  const re = /(^|[。；，：])([一二三四五六七八九十])是/gu;
  let expected = 1;
  for (const m of text.matchAll(re)) {
    const ordinal = chineseNumeral(m[2]);
    if (ordinal !== expected) continue;
    // Only 一是 may follow a comma (after a lead-in); later items start a sentence.
    if (ordinal > 1 && !/^[。；]$/u.test(m[1])) continue;
    starts.push({ at: m.index + m[1].length, ordinal, marker: `${m[2]}是` });
    expected++;
  }
  if (starts.length < 2) return [{ text, start: 0, ordinal: 1, marker: '' }];
  const pieces = starts.slice(1).map((start, i) => ({
    text: text.slice(start.at, starts[i + 2]?.at ?? text.length),
    start: start.at,
    ordinal: start.ordinal,
    marker: start.marker,
  }));
  return [{ text: text.slice(0, starts[1].at), start: 0, ordinal: 1, marker: '' }, ...pieces];
}
