import type { AtlasClause, Target } from './atlas.ts';
import { keepLongest } from '../../scripts/knowledge/longest-match.ts';

/** One run of a clause's text and what it is: plain text, a quantified target, a highlighted term, or the department parenthetical. */
export interface ClauseSpan {
  text: string;
  kind: 'plain' | 'target' | 'term' | 'dept';
  /** The target's id, for a target span. */
  targetId?: string;
}

/**
 * Cuts a clause's text into runs so a card can mark targets, terms (e.g. a sector's name) and the printed department note.
 * Targets win over terms, because a target is the most specific reading; terms are not marked inside the department
 * note, since 省知识产权局 names a department, not the 知识产权 instrument. Terms and contenders are matched as the tagger
 * matches its vocabulary (longest first), so a term is not marked inside a longer word that tagged something else:
 * 产权交易 (成果转化) stays unmarked inside 知识产权交易, where the tagger read 知识产权.
 * @param clause the clause
 * @param targets the clause's targets (offsets into its text)
 * @param terms literal words to highlight
 * @param contenders the clause's other tag words, which may hold a term inside them
 * @returns the runs, in order; joined, they give back the clause text exactly
 */
export function clauseSpans(
  clause: Pick<AtlasClause, 'text' | 'departmentTag'>,
  targets: Pick<Target, 'id' | 'start' | 'end'>[] = [],
  terms: string[] = [],
  contenders: string[] = [],
): ClauseSpan[] {
  const { text } = clause;
  const labels: string[] = new Array(text.length).fill('');
  const paint = (start: number, end: number, label: string, over = (_: string) => true) => {
    for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) if (over(labels[i])) labels[i] = label;
  };
  if (clause.departmentTag) paint(clause.departmentTag.start, clause.departmentTag.end, 'dept');
  // The longest match wins, so 人形机器人 stays whole around 机器人.
  // A card weighs a handful of words, so indexOf finds their occurrences; the tagger's matcher is built for a vocabulary.
  const mine = new Set(terms.filter(Boolean));
  const found = [...new Set([...mine, ...contenders.filter(Boolean)])].flatMap((word, order) => {
    const at: Array<{ payload: boolean; matched: string; start: number; end: number; order: number }> = [];
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) at.push({ payload: mine.has(word), matched: word, start: i, end: i + word.length, order });
    return at;
  });
  for (const match of keepLongest(found)) {
    if (match.payload) paint(match.start, match.end, 'term', (held) => held !== 'dept');
  }
  for (const target of targets) {
    if (text.slice(target.start, target.end).length === target.end - target.start) paint(target.start, target.end, `t:${target.id}`);
  }
  const spans: ClauseSpan[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    while (j < text.length && labels[j] === labels[i]) j++;
    const label = labels[i];
    const span: ClauseSpan = label.startsWith('t:')
      ? { text: text.slice(i, j), kind: 'target', targetId: label.slice(2) }
      : { text: text.slice(i, j), kind: (label || 'plain') as ClauseSpan['kind'] };
    spans.push(span);
    i = j;
  }
  return spans;
}

/**
 * The words that gave a clause its tags of one vocabulary (clauses.json tagWords): the contenders clauseSpans weighs a
 * card's terms against. One vocabulary only, as each tagger matches its own: a sector word inside a measure word is
 * still a sector match.
 * @param clause the clause
 * @param vocabulary the vocabulary the card's terms come from
 * @returns that vocabulary's words in the clause
 */
export function tagWordsOf(clause: Pick<AtlasClause, 'tagWords'>, vocabulary: 'sectors' | 'measures'): string[] {
  return Object.values(clause.tagWords[vocabulary]).flat();
}

/** A window of a clause's runs for a list card, and whether text was cut before or after it. */
export interface ClauseExcerpt {
  spans: ClauseSpan[];
  /** Offset of the window in the clause text. */
  start: number;
  /** Offset just past the window. */
  end: number;
  cutStart: boolean;
  cutEnd: boolean;
}

// Where a phrase may begin: just after one of these.
const PHRASE_BREAK = /[。；，：、！？]/u;

/**
 * Cuts a clause's runs to about `max` characters for a list card: centred on the first occurrence of one of `terms`
 * (else from the start), starting just after a nearby punctuation mark, and never splitting a target, term or
 * department run (a mark is kept whole or left out). The text inside the window is not changed, only cut.
 * @param spans the clause's runs, from clauseSpans
 * @param terms the words the card marks; the first one found is kept in view
 * @param max the window length aimed at, in characters (a whole run at an edge may add a few)
 * @param from where the text worth excerpting begins (after a printed number and heading the card shows as its title);
 *   text before it is left out without an ellipsis
 * @returns the runs inside the window and where it lies
 */
export function excerptSpans(spans: ClauseSpan[], terms: string[] = [], max = 90, from = 0): ClauseExcerpt {
  const runs: { span: ClauseSpan; start: number; end: number }[] = [];
  for (let at = 0, i = 0; i < spans.length; at += spans[i]!.text.length, i++) runs.push({ span: spans[i]!, start: at, end: at + spans[i]!.text.length });
  const full = spans.map((s) => s.text).join('');
  // A mark across the heading's end is kept whole.
  const across = runs.find((r) => r.span.kind !== 'plain' && r.start < from && from < r.end);
  const skip = Math.min(across ? across.start : from, full.length);
  if (skip > 0) {
    const rest = excerptSpans(sliceRuns(runs, skip, full.length), terms, max);
    return { ...rest, start: rest.start + skip, end: rest.end + skip };
  }
  const text = full;
  const length = text.length;
  if (length <= max) return { spans, start: 0, end: length, cutStart: false, cutEnd: false };

  // The first term in the text that clauseSpans marked: a term inside a target counts (the target run is its mark),
  // one inside the department note or inside another tag's word does not.
  const marksTerm = (at: number) => runs.some((r) => (r.span.kind === 'term' || r.span.kind === 'target') && r.start <= at && at < r.end);
  const hits = terms.filter(Boolean).flatMap((term) => {
    let at = text.indexOf(term);
    while (at !== -1 && !marksTerm(at)) at = text.indexOf(term, at + 1);
    return at === -1 ? [] : [{ at, end: at + term.length }];
  });
  const focus = hits.sort((a, b) => a.at - b.at || b.end - a.end)[0] ?? null;
  let start = 0;
  if (focus) {
    start = Math.max(0, Math.min(Math.round((focus.at + focus.end - max) / 2), length - max));
    // Begin a phrase: after the nearest punctuation within ten characters before the cut (or, failing that, after it but before the term).
    if (start > 0) {
      let p = -1;
      for (let i = start - 1; i >= Math.max(0, start - 10) && p === -1; i--) if (PHRASE_BREAK.test(text[i]!)) p = i + 1;
      for (let i = start; i < Math.min(start + 10, focus.at) && p === -1; i++) if (PHRASE_BREAK.test(text[i]!)) p = i + 1;
      if (p !== -1 && p + max >= focus.end) start = p;
    }
  }
  let end = Math.min(length, start + max);
  const marked = (at: number) => runs.find((r) => r.span.kind !== 'plain' && r.start < at && at < r.end);
  // A cut inside a mark moves outwards at the start (the mark is what the reader looks for) ...
  const atStart = marked(start);
  if (atStart) start = atStart.start;
  // ... and at the end moves out only when the rest is short or the mark holds the focus; otherwise back before the mark.
  const atEnd = marked(end);
  if (atEnd) end = atEnd.end - end <= 24 || atEnd.start <= start || (focus !== null && atEnd.start < focus.end) ? atEnd.end : atEnd.start;

  return { spans: sliceRuns(runs, start, end), start, end, cutStart: start > 0, cutEnd: end < length };
}

/** The parts of runs (with their offsets) that lie in [start, end). */
function sliceRuns(runs: { span: ClauseSpan; start: number; end: number }[], start: number, end: number): ClauseSpan[] {
  const inside: ClauseSpan[] = [];
  for (const r of runs) {
    const from = Math.max(r.start, start);
    const to = Math.min(r.end, end);
    if (from < to) inside.push({ ...r.span, text: r.span.text.slice(from - r.start, to - r.start) });
  }
  return inside;
}

/**
 * Where a clause's text continues after its printed number and heading (`3.加速创新成果转化。` opens Jiangsu c3), which a
 * card already shows as its title.
 * @param clause the clause
 * @returns the offset just past the heading and its full stop, or 0 when the text does not open with the heading
 */
export function headingEnd(clause: Pick<AtlasClause, 'text' | 'heading'>): number {
  if (!clause.heading) return 0;
  const at = clause.text.indexOf(clause.heading);
  if (at === -1 || at > 8) return 0;
  const end = at + clause.heading.length;
  return end + (/^[。：．.]/u.test(clause.text.slice(end)) ? 1 : 0);
}
