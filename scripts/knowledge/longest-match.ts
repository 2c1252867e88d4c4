/** Something to look for: a literal phrase or a regular expression, with what it signals. */
export type MatchCandidate<T> = { literal: string; payload: T } | { regex: RegExp; payload: T };

/** One occurrence in a text; `start`/`end` are UTF-16 offsets, end exclusive (text.slice(start, end) === matched). */
export interface MatchSpan<T> {
  payload: T;
  matched: string;
  start: number;
  end: number;
}

/** Candidates prepared once per list: literals by first UTF-16 unit, regexes compiled global. */
interface Matcher<T> {
  /** 1 where some literal starts with this UTF-16 unit: most of a text's units start none. */
  isFirstUnit: Uint8Array;
  literalsByFirstUnit: Map<number, Array<{ literal: string; payload: T; order: number }>>;
  /** Empty literals (the vocabularies forbid them): they match at every offset. */
  empty: Array<{ payload: T; order: number }>;
  regexes: Array<{ regex: RegExp; payload: T; order: number }>;
}

// Keyed by the candidate list: the taggers keep one list per vocabulary, and texts are many.
const matchers = new WeakMap<readonly MatchCandidate<unknown>[], Matcher<unknown>>();

function matcherOf<T>(candidates: readonly MatchCandidate<T>[]): Matcher<T> {
  let matcher = matchers.get(candidates) as Matcher<T> | undefined;
  if (!matcher) {
    matcher = { isFirstUnit: new Uint8Array(0x10000), literalsByFirstUnit: new Map(), empty: [], regexes: [] };
    for (const [order, candidate] of candidates.entries()) {
      if ('literal' in candidate && candidate.literal === '') {
        matcher.empty.push({ payload: candidate.payload, order });
      } else if ('literal' in candidate) {
        const first = candidate.literal.charCodeAt(0);
        matcher.isFirstUnit[first] = 1;
        const bucket = matcher.literalsByFirstUnit.get(first) ?? [];
        bucket.push({ literal: candidate.literal, payload: candidate.payload, order });
        matcher.literalsByFirstUnit.set(first, bucket);
      } else {
        const flags = candidate.regex.flags.includes('g') ? candidate.regex.flags : `${candidate.regex.flags}g`;
        matcher.regexes.push({ regex: new RegExp(candidate.regex.source, flags), payload: candidate.payload, order });
      }
    }
    matchers.set(candidates, matcher);
  }
  return matcher;
}

/**
 * Finds every occurrence of every candidate, then keeps the longest first and drops shorter ones overlapping a kept one.
 * @param candidates phrases in vocabulary order (earlier wins a tie of same start and length)
 * @param text text to search
 * @returns non-overlapping spans sorted by start
 */
export function findLongestMatches<T>(candidates: readonly MatchCandidate<T>[], text: string): MatchSpan<T>[] {
  const { isFirstUnit, literalsByFirstUnit, empty, regexes } = matcherOf(candidates);
  const found: Array<MatchSpan<T> & { order: number }> = [];
  // One pass over the text, trying only the literals that start with the unit at hand: every
  // occurrence is seen, overlapping ones included.
  for (let at = 0; at < text.length; at++) {
    if (!isFirstUnit[text.charCodeAt(at)]) continue;
    for (const { literal, payload, order } of literalsByFirstUnit.get(text.charCodeAt(at))!) {
      if (text.startsWith(literal, at)) found.push({ payload, matched: literal, start: at, end: at + literal.length, order });
    }
  }
  for (const { payload, order } of empty) {
    for (let at = 0; at <= text.length; at++) found.push({ payload, matched: '', start: at, end: at, order });
  }
  for (const { regex, payload, order } of regexes) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) {
        // Step past a whole code point: one unit into a surrogate pair, a `u` regex matches the
        // empty string at the pair's start again, and the loop never ended.
        regex.lastIndex = match.index + (text.codePointAt(match.index)! > 0xffff ? 2 : 1);
        continue;
      }
      found.push({ payload, matched: match[0], start: match.index, end: match.index + match[0].length, order });
    }
  }
  return keepLongest(found);
}

/**
 * The rule both the taggers and the cards apply to overlapping occurrences: the longest first, then the earliest,
 * then the candidate listed first; a shorter one overlapping a kept one is dropped.
 * @param found every occurrence, overlapping ones included, with its candidate's list position
 * @returns non-overlapping spans sorted by start
 */
export function keepLongest<T>(found: Array<MatchSpan<T> & { order: number }>): MatchSpan<T>[] {
  // Each (start, length, order) occurs once, so this order does not depend on the order found.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: Array<MatchSpan<T>> = [];
  for (const span of found) {
    if (kept.every((other) => span.end <= other.start || span.start >= other.end)) {
      kept.push({ payload: span.payload, matched: span.matched, start: span.start, end: span.end });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
