/** Character classes shared by the normalisation stages. */

/** A CJK ideograph (BMP blocks and extension A). */
export const CJK_CHAR = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Full-width CJK punctuation and quotes that bind to Chinese text. */
export const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7';

const cjkOrPunct = new RegExp(`[${CJK_CHAR}${CJK_PUNCT}]`, 'u');
const cjkChar = new RegExp(`[${CJK_CHAR}]`, 'u');

/** @returns true when `ch` is a CJK ideograph or CJK punctuation */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && cjkOrPunct.test(ch);
}

/** @returns true when `ch` is a CJK ideograph */
export function isCjkIdeograph(ch: string | undefined): boolean {
  return ch !== undefined && cjkChar.test(ch);
}
