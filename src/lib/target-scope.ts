// Which of a clause's targets a sector or measure page may list as its own. A clause is tagged with every sector
// and measure it names, but its targets may be the whole clause's: Hubei's 未来产业总体规模达到1000亿元 is not a
// 未来制造 target because the paragraph also names 未来制造, nor 地方标准或行业标准60项 a 量子科技 one because the
// clause lists 量子科技 among its fields. A target counts for a page when its clause's heading names one of the
// page's words (the clause is about it), or when the phrase stating it does.
import type { AtlasClause, Target } from './atlas.ts';

/** A measure's phrase ends at 、 too: the texts list several targets in one sentence (突破30项…、推出50个…、打造30个…). */
export const LIST_ITEM = /[、，；。！？]/u;
/** A sector's phrase does not: 在量子科技、合成生物等领域推进100项前沿技术 names its fields in a 、 list. */
export const CLAUSE_PART = /[，；。！？]/u;

/** @returns the phrase of `text` holding [start, end): from after the previous boundary to the next one */
export function phraseAround(text: string, start: number, end: number, boundary: RegExp = LIST_ITEM): string {
  let from = start;
  while (from > 0 && !boundary.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !boundary.test(text[to]!)) to += 1;
  return text.slice(from, to);
}

/**
 * Splits a clause's targets into those that concern a page's words and the rest.
 * @param clause the clause the targets belong to (their offsets are into its text)
 * @param targets the clause's targets
 * @param words a sector's names, or the words that show a measure in this clause
 * @param options others: words that make a phrase about something else too (the other sectors' names): 在量子科技、
 *   合成生物等领域推进100项前沿技术 states one target for five fields, none of them its own; boundary: where a phrase ends
 */
export function targetsNaming(
  clause: Pick<AtlasClause, 'text' | 'heading'>,
  targets: readonly Target[],
  words: readonly string[],
  { others = [], boundary = LIST_ITEM }: { others?: readonly string[]; boundary?: RegExp } = {},
) {
  const names = (text: string) => words.some((w) => w && text.includes(w));
  // Its own words are taken out first, so 通用人工智能 does not count as naming 人工智能 too.
  const namesOthers = (text: string) => {
    const rest = words.reduce((t, w) => (w ? t.replaceAll(w, '\u0000') : t), text);
    return others.some((w) => w && rest.includes(w));
  };
  const about = clause.heading !== '' && names(clause.heading);
  const naming: Target[] = [];
  const other: Target[] = [];
  for (const target of targets) {
    const phrase = phraseAround(clause.text, target.start, target.end, boundary);
    (about || (names(phrase) && !namesOthers(phrase)) ? naming : other).push(target);
  }
  return { naming, other };
}
