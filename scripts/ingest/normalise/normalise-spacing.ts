import { isCjk, isCjkIdeograph } from './char-classes.ts';

const SPACE = /[ \u00a0\u3000\t]/u;

/**
 * Remove layout spaces around Chinese text: between an ideograph or CJK punctuation and a
 * Latin letter or digit (`突破 100 项` → `突破100项`), next to CJK punctuation, and after a
 * leading clause number (`1. 编制` → `1.编制`). A space between two ideographs is kept and
 * reported: it may stand for a lost character (`科创 产业`), which only an erratum may repair.
 * @param line one line
 * @returns the line, whether it changed, and the offsets of kept ideograph–ideograph spaces
 */
export function normaliseSpacing(line: string): { text: string; changed: boolean; suspiciousSpaces: number[] } {
  const trimmed = line.trim().replace(/^(\d{1,3}\.)[ \u00a0\u3000]+/u, '$1');
  // Most lines have no space left inside: nothing more to remove or report.
  if (!SPACE.test(trimmed)) return { text: trimmed, changed: trimmed !== line, suspiciousSpaces: [] };
  const chars = [...trimmed];
  const out: string[] = [];
  const suspiciousSpaces: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!SPACE.test(chars[i])) {
      out.push(chars[i]);
      continue;
    }
    let j = i;
    while (j < chars.length && SPACE.test(chars[j])) j++;
    const before = out[out.length - 1];
    const after = chars[j];
    const alnum = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);
    const punct = (ch: string | undefined) => isCjk(ch) && !isCjkIdeograph(ch);
    const layout =
      (isCjk(before) && alnum(after)) || (alnum(before) && isCjk(after)) || punct(before) || punct(after);
    if (!layout) {
      if (isCjkIdeograph(before) && isCjkIdeograph(after)) suspiciousSpaces.push(out.length);
      for (let k = i; k < j; k++) out.push(chars[k]);
    }
    i = j - 1;
  }
  const text = out.join('');
  return { text, changed: text !== line, suspiciousSpaces };
}
