/** Something to look for: a literal phrase or a regular expression, with what it signals. */
export type MatchCandidate<T> = { literal: string; payload: T } | { regex: RegExp; payload: T };

/** One occurrence in a text; `start`/`end` are UTF-16 offsets, end exclusive (text.slice(start, end) === matched). */
export interface MatchSpan<T> {
  payload: T;
  matched: string;
  start: number;
  end: number;
}

/**
 * Finds every occurrence of every candidate, then keeps the longest first and drops shorter ones overlapping a kept one.
 * @param candidates phrases in vocabulary order (earlier wins a tie of same start and length)
 * @param text text to search
 * @returns non-overlapping spans sorted by start
 */
export function findLongestMatches<T>(candidates: readonly MatchCandidate<T>[], text: string): MatchSpan<T>[] {
  const found: Array<MatchSpan<T> & { order: number }> = [];
  candidates.forEach((candidate, order) => {
    if ('literal' in candidate) {
      // Step by one so that overlapping occurrences of the same literal are all seen.
      for (let at = text.indexOf(candidate.literal); at !== -1; at = text.indexOf(candidate.literal, at + 1)) {
        found.push({ payload: candidate.payload, matched: candidate.literal, start: at, end: at + candidate.literal.length, order });
      }
      return;
    }
    const regex = new RegExp(candidate.regex.source, candidate.regex.flags.includes('g') ? candidate.regex.flags : `${candidate.regex.flags}g`);
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      found.push({ payload: candidate.payload, matched: match[0], start: match.index, end: match.index + match[0].length, order });
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: Array<MatchSpan<T>> = [];
  for (const span of found) {
    if (kept.every((other) => span.end <= other.start || span.start >= other.end)) {
      kept.push({ payload: span.payload, matched: span.matched, start: span.start, end: span.end });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
