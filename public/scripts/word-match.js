// How a query's words are compared with the text and found in it: shared by the search page (search.js), which
// re-exports these, and the document reader (mark-query.js), which marks the words searched for in the clause a
// result opened. Kept apart so the reader loads this, not the whole search page.

/**
 * Text as a verbatim match compares it: NFKC (full-width → half-width), lower case, without whitespace
 * and punctuation, so that 5个100行动方案 finds “5个100”行动方案 (for PDF spaces see search.js withoutLayoutSpaces).
 */
export function comparable(text) {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, '');
}

/** Text as a regular expression matches it literally. */
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Marks that part a text's words (技术、人才 is two words, not 技术人才); quotes and brackets do not. */
const SEPARATORS = '、，。；：！？,;:!?';
const SEPARATOR = new RegExp(`[${SEPARATORS}]+`, 'gu');
/**
 * comparable(), keeping each run of separators as a break that a word without punctuation cannot match across:
 * 技术人才 is not in 技术、人才, but 5个100行动方案 is in “5个100”行动方案.
 */
export function comparableStrict(text) {
  return comparable(text.normalize('NFKC').replace(SEPARATOR, '\u0001'));
}

const HOLDS_SEPARATOR = new RegExp(`[${SEPARATORS}]`, 'u');
/** Whether a query must not match across 、，。: unless it holds one itself (技术、人才); quotes or a dash (“技术人才”,
 *  30-40项) do not loosen it. */
export const isStrict = (query) => !HOLDS_SEPARATOR.test(query.normalize('NFKC'));

/** How a query is compared with the text (see isStrict). */
export const comparerFor = (query) => (isStrict(query) ? comparableStrict : comparable);

/**
 * How many characters of the text, from `at` on (or back from it), are the punctuation `edge`, compared as NFKC
 * compares them (） is )); as many as match, in order.
 */
function edgeLength(text, at, edge, back) {
  let rest = edge;
  let length = 0;
  while (rest) {
    const char = (back ? text[at - length - 1] : text[at + length])?.normalize('NFKC');
    if (!char || !(back ? rest.endsWith(char) : rest.startsWith(char))) break;
    rest = back ? rest.slice(0, -char.length) : rest.slice(char.length);
    length += 1;
  }
  return length;
}

/**
 * Where the words stand in a text, as a verbatim match finds them: punctuation and whitespace between
 * their characters allowed (the “5个100”行动方案 of 5个100行动方案); strict: no separator (see comparableStrict).
 * Punctuation a word opens or closes with as typed is marked with it where the text has it there: 首台（套） marks its
 * ）, a pasted 《…（2024-2026年）》 its 《 and ）》; 量子科技 marks no ） that follows it.
 * @param {string} text the text as shown
 * @param {string[]} words the query's words as typed (cut at whitespace), or as comparable() gives them
 * @param {boolean} strict whether a word may not run across 、，。 (isStrict of the query)
 * @returns {Array<[number, number]>} start and end offsets, in order (the longer first of two from one place)
 */
export function wordHits(text, words, strict = false) {
  const hits = [];
  const between = strict ? `(?:(?![${SEPARATORS}])[\\s\\p{P}])*` : '[\\s\\p{P}]*';
  for (const typed of words) {
    const word = comparable(typed);
    if (!word) continue;
    const form = typed.normalize('NFKC');
    const [opening] = /^\p{P}*/u.exec(form);
    const [closing] = /\p{P}*$/u.exec(form);
    const pattern = new RegExp([...word].map(escapeRegExp).join(between), 'giu');
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      hits.push([m.index - edgeLength(text, m.index, opening, true), end + edgeLength(text, end, closing, false)]);
    }
  }
  // The search page marks the first of overlapping hits: 科创+产业 whole, not 科创 of it.
  return hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}
