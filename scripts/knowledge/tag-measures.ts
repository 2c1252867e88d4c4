import type { MeasureVocab } from '../../src/schemas/measure.ts';
import { findLongestMatches, type MatchCandidate } from './longest-match.ts';

/** One policy-instrument signal in a text. */
export interface MeasureTag {
  /** Id of the measure signalled. */
  measureId: string;
  /** The text that matched the pattern. */
  matched: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
}

// A null payload is a blocker: it takes part in the longest match, so a pattern inside it is dropped, and tags nothing.
const compiled = new WeakMap<MeasureVocab, MatchCandidate<string | null>[]>();

function candidatesOf(vocab: MeasureVocab): MatchCandidate<string | null>[] {
  let candidates = compiled.get(vocab);
  if (!candidates) {
    candidates = [
      ...vocab.measures.flatMap((measure) =>
        measure.patterns.map((pattern) =>
          typeof pattern === 'string'
            ? { literal: pattern, payload: measure.id }
            : { regex: new RegExp(pattern.regex, 'gu'), payload: measure.id },
        ),
      ),
      ...vocab.blockers.map((blocker) => ({ literal: blocker.phrase, payload: null })),
    ];
    compiled.set(vocab, candidates);
  }
  return candidates;
}

/**
 * Tags every measure signal in a text, longest match first, non-overlapping across measures; a pattern inside a blocker tags nothing.
 * @param vocab validated measure vocabulary
 * @param text normalised clause body (without its department parenthetical)
 * @returns tags sorted by position
 */
export function tagMeasures(vocab: MeasureVocab, text: string): MeasureTag[] {
  return findLongestMatches(candidatesOf(vocab), text).flatMap(({ payload, matched, start, end }) =>
    payload === null ? [] : [{ measureId: payload, matched, start, end }],
  );
}
