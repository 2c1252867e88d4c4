/** Character classes shared by the normalisation stages. */

/** A CJK ideograph (BMP blocks and extension A). */
export const CJK_CHAR = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Full-width CJK punctuation and quotes that bind to Chinese text. */
export const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7';

const cjkOrPunct = new RegExp(`[${CJK_CHAR}${CJK_PUNCT}]`, 'u');
const cjkChar = new RegExp(`[${CJK_CHAR}]`, 'u');

// The normalisers ask per character, millions of times at scale: answer single UTF-16 units from a
// table filled once from the same class strings (all BMP `\uXXXX` items), anything longer from the regexes.
const CJK = 1;
const IDEOGRAPH = 2;
const classOfUnit = new Uint8Array(0x10000);
const CLASS_ITEM = /\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?/gu;
function mark(charClass: string, bit: number): void {
  // Anything else in a class string would be in the regex but not the table.
  if (charClass.replace(CLASS_ITEM, '') !== '') throw new Error(`character class holds more than \\uXXXX items: ${charClass}`);
  for (const [, from, to] of charClass.matchAll(CLASS_ITEM)) {
    for (let unit = parseInt(from, 16); unit <= parseInt(to ?? from, 16); unit++) classOfUnit[unit] |= bit;
  }
}
mark(CJK_CHAR + CJK_PUNCT, CJK);
mark(CJK_CHAR, IDEOGRAPH);

/** @returns true when the UTF-16 unit is a CJK ideograph or CJK punctuation; no unit (past either end of a line) is not */
export function isCjkUnit(unit: number | undefined): boolean {
  return unit !== undefined && (classOfUnit[unit] & CJK) !== 0;
}

/** @returns true when `ch` is a CJK ideograph or CJK punctuation */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? (classOfUnit[ch.charCodeAt(0)] & CJK) !== 0 : cjkOrPunct.test(ch);
}

/** @returns true when `ch` is a CJK ideograph */
export function isCjkIdeograph(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? (classOfUnit[ch.charCodeAt(0)] & IDEOGRAPH) !== 0 : cjkChar.test(ch);
}
