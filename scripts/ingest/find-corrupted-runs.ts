import { CJK_CHAR } from './normalise/char-classes.ts';

// Signs of text damaged before it reached us: replacement characters, runs of question marks
// where characters failed to encode, and a lone Latin letter glued between ideographs (臻g).
const CORRUPTED = new RegExp(`\\uFFFD+|\\?{2,}[${CJK_CHAR}]*[a-z]?|[${CJK_CHAR}][a-z](?=[${CJK_CHAR}\\u3000-\\u303f\\uff00-\\uffef、，。]|$)`, 'gu');

export interface CorruptedRun {
  /** The damaged run as it stands in the raw line. */
  text: string;
  /** Offset within the raw line. */
  offset: number;
}

/**
 * Find runs of a raw line that look damaged. Reporting only: repair needs a declared erratum.
 * @param rawLine one raw line (after pinyin annotations are removed, for annotated sources)
 * @returns the suspicious runs in order
 */
export function findCorruptedRuns(rawLine: string): CorruptedRun[] {
  return [...rawLine.matchAll(CORRUPTED)].map((m) => ({ text: m[0], offset: m.index }));
}
