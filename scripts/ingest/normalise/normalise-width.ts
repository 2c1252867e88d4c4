import { isCjk } from './char-classes.ts';

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
/** Every character this stage may change; most lines have none and are returned as they are. */
const CONVERTIBLE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a,:;?!()]/u;

/**
 * Make punctuation width consistent: full-width ASCII letters and digits become ASCII, and
 * ASCII punctuation that binds to Chinese text becomes full-width (，：；？！ and paired （）).
 * Runs of two or more `?` are left alone: they mark corrupted text, which is reported, not repaired.
 * @param line one normalised line
 * @returns the line with consistent widths, and whether anything changed
 */
export function normaliseWidth(line: string): { text: string; changed: boolean } {
  if (!CONVERTIBLE.test(line)) return { text: line, changed: false };
  const chars = [...line.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))];
  for (let i = 0; i < chars.length; i++) {
    const full = HALF_TO_FULL[chars[i]];
    if (!full) continue;
    if (chars[i] === '?' && (chars[i - 1] === '?' || chars[i + 1] === '?')) continue;
    if (isCjk(chars[i - 1]) || isCjk(chars[i + 1])) chars[i] = full;
  }
  convertParenPairs(chars);
  const text = chars.join('');
  return { text, changed: text !== line };
}

/**
 * Convert balanced ( ) pairs that sit next to or contain Chinese text, as pairs, so widths never mismatch.
 * A parenthesis left without its partner (an unclosed department tag) converts alone when it touches
 * Chinese text, so a tag that lost its `)` still reads as a tag.
 */
function convertParenPairs(chars: string[]): void {
  const open: number[] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(') open.push(i);
    else if (chars[i] === ')' && open.length === 0) unmatched.push(i);
    else if (chars[i] === ')') {
      const start = open.pop()!;
      const inner = chars.slice(start + 1, i);
      if (isCjk(chars[start - 1]) || isCjk(chars[i + 1]) || inner.some((ch) => isCjk(ch))) {
        chars[start] = '（';
        chars[i] = '）';
      }
    }
  }
  for (const i of [...open, ...unmatched]) {
    if (isCjk(chars[i - 1]) || isCjk(chars[i + 1])) chars[i] = chars[i] === '(' ? '（' : '）';
  }
}
