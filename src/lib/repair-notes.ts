// How the ingest's repairs read on the page. Corrections and rejoins change the wording a reader sees
// and get a note each; normalisations (width, spacing, pinyin, script…) are summed up in one line, so
// every repair is shown without burying the clause under notes.
import type { AtlasClause } from '../schemas/clause.ts';
import { CLAUSE_LEVEL, type Repair } from '../schemas/provenance.ts';

export { CLAUSE_LEVEL };

/** Repairs that get a note of their own: each changes or joins the words themselves. */
export const NOTED_ALONE: ReadonlySet<Repair['kind']> = new Set(['erratum', ...CLAUSE_LEVEL]);

/**
 * A correction as the site's text shows it: converted to simplified like the rest of the text (the errata
 * file writes it in the source's script, 深海空間), as the ingest recorded it.
 * @param repair an erratum
 */
export function correctionShown(repair: Repair): string {
  return repair.shown ?? repair.correction ?? '';
}

/**
 * The corrections in a clause, as a card or list row outside the reader says them: wherever the corrected
 * words are quoted, the reader must be told they are not the source's own.
 * @returns e.g. [`第35行原文“深??臻g”更正为“深海空间”`]
 */
export function erratumTexts(repairs: readonly Repair[]): string[] {
  return repairs.filter((r) => r.kind === 'erratum').map(erratumText);
}

/** A run of a clause's text the site corrected, where it stands, with what the source prints there as a tooltip. */
export interface CorrectedRun {
  start: number;
  end: number;
  /** 本站更正：第35行原文作“深??臻g” */
  title: string;
}

/**
 * The runs of a clause's text the declared errata corrected, in text order: the reader marks them where they stand,
 * and so do search excerpts (scripts/pagefind.ts puts them in each clause's entry), so neither passes them off as printed.
 */
export function correctedRuns(repairs: readonly Repair[]): CorrectedRun[] {
  return repairs
    .filter((r) => r.kind === 'erratum' && r.span && r.span.end > r.span.start)
    .map((r) => ({ start: r.span!.start, end: r.span!.end, title: `本站更正：第${r.line}行原文作“${r.original ?? ''}”` }))
    .sort((a, b) => a.start - b.start);
}

/** Where a truncated source breaks off, as a clause's caveat: 原文在第85行句子中途结束，本条不完整. */
export const breakOffText = (line: number) => `原文在第${line}行句子中途结束，本条不完整`;

const erratumText = (r: Repair) => `第${r.line}行原文“${r.original}”更正为“${correctionShown(r)}”`;

/** A note as a sentence: rejoin notes are written without a closing full stop. */
export function asSentence(note: string): string {
  return /[。！？]$/u.test(note) ? note : `${note}。`;
}

/**
 * The normalisations among some repairs, one phrase per set of lines with the same changes.
 * @param repairs a clause's or a source line's repairs
 * @returns e.g. [`第35行删除了11处拼音注音，繁体字已用 OpenCC 转为简体字`]; empty when there are none
 */
export function normalisationNotes(repairs: readonly Repair[]): string[] {
  const linesOf = new Map<string, number[]>();
  for (const r of repairs) {
    if (NOTED_ALONE.has(r.kind)) continue;
    const lines = linesOf.get(r.note) ?? [];
    if (!lines.includes(r.line)) lines.push(r.line);
    linesOf.set(r.note, lines);
  }
  const notesOn = new Map<string, string[]>();
  for (const [note, lines] of linesOf) {
    const key = lines.sort((a, b) => a - b).join('、');
    notesOn.set(key, [...(notesOn.get(key) ?? []), note]);
  }
  return [...notesOn].map(([lines, notes]) => `第${lines}行${notes.join('，')}`);
}

/**
 * The normalisations every clause of a document has (统一了标点宽度 under all 28 clauses of a plan):
 * the reader says them once for the document instead of under each clause.
 * @param clauses the clauses of one document
 * @returns their notes, in the order the first clause has them; empty for a document of one clause
 */
export function sharedNormalisations(clauses: readonly AtlasClause[]): string[] {
  if (clauses.length < 2) return [];
  const notesOf = (c: AtlasClause) => new Set(c.repairs.filter((r) => !NOTED_ALONE.has(r.kind)).map((r) => r.note));
  const [first, ...rest] = clauses.map(notesOf);
  return [...first!].filter((note) => rest.every((notes) => notes.has(note)));
}

/**
 * Every repair as plain text, as a spreadsheet cell lists them: each correction and rejoin, then the
 * normalisations.
 * @param repairs a clause's repairs
 * @returns e.g. [`第35行原文“深??臻g”更正为“深海空间”`, `第35行删除了11处拼音注音，…`]
 */
export function repairTexts(repairs: readonly Repair[]): string[] {
  const alone = repairs.filter((r) => NOTED_ALONE.has(r.kind)).map((r) => (r.kind === 'erratum' ? erratumText(r) : `第${r.line}行：${r.note}`));
  return [...alone, ...normalisationNotes(repairs)];
}
