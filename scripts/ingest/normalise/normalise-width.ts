import { isCjkUnit } from './char-classes.ts';

// By UTF-16 unit: every character this stage reads or writes is in the BMP, and a surrogate half is
// never CJK, just as an astral character is not, so units decide exactly as code points would.
/** ASCII unit → its full-width form, or 0. */
const HALF_TO_FULL = new Uint16Array(0x80);
for (const [i, half] of [...',:;?!'].entries()) HALF_TO_FULL[half.charCodeAt(0)] = '，：；？！'.charCodeAt(i);
const QUESTION = 0x3f;
const OPEN = 0x28;
const CLOSE = 0x29;
const FULL_OPEN = 0xff08;
const FULL_CLOSE = 0xff09;
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
  const ascii = line.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const units = new Uint16Array(ascii.length);
  for (let i = 0; i < ascii.length; i++) units[i] = ascii.charCodeAt(i);
  for (let i = 0; i < units.length; i++) {
    const full = units[i] < 0x80 ? HALF_TO_FULL[units[i]] : 0;
    if (!full) continue;
    if (units[i] === QUESTION && (units[i - 1] === QUESTION || units[i + 1] === QUESTION)) continue;
    if (isCjkUnit(units[i - 1]) || isCjkUnit(units[i + 1])) units[i] = full;
  }
  convertParenPairs(units);
  const text = withUnits(ascii, units);
  return { text, changed: text !== line };
}

/** @returns `text` with the units that differ in `units` replaced (changes are few: copy the runs between them) */
function withUnits(text: string, units: Uint16Array): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < units.length; i++) {
    if (units[i] === text.charCodeAt(i)) continue;
    out += text.slice(from, i) + String.fromCharCode(units[i]);
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * Convert balanced ( ) pairs that sit next to or contain Chinese text, as pairs, so widths never mismatch.
 * A parenthesis left without its partner (an unclosed department tag) converts alone when it touches
 * Chinese text, so a tag that lost its `)` still reads as a tag.
 */
function convertParenPairs(units: Uint16Array): void {
  const open: number[] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i] === OPEN) open.push(i);
    else if (units[i] === CLOSE && open.length === 0) unmatched.push(i);
    else if (units[i] === CLOSE) {
      const start = open.pop()!;
      const inner = units.slice(start + 1, i);
      if (isCjkUnit(units[start - 1]) || isCjkUnit(units[i + 1]) || inner.some((unit) => isCjkUnit(unit))) {
        units[start] = FULL_OPEN;
        units[i] = FULL_CLOSE;
      }
    }
  }
  for (const i of [...open, ...unmatched]) {
    if (isCjkUnit(units[i - 1]) || isCjkUnit(units[i + 1])) units[i] = units[i] === OPEN ? FULL_OPEN : FULL_CLOSE;
  }
}
