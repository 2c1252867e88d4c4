// The document reader, opened from a search result (/documents/jiangsu-3yr-plan/?q=知识产权质押#c15): marks the
// words searched for in the clause the address points at, as the search page matched them (word-match.js), so a
// reader need not hunt for them in a long clause. Only that clause, only its text; nothing when the words are not in
// it. The query is text from the address: it goes into text nodes and <mark>s, never into markup.
import { isStrict, wordHits } from './word-match.js';

/**
 * Marks the words of a query in an element's text, across the elements inside it (a target's <mark>, the clause's
 * lead, its responsibility note): each stretch of a hit within one text node becomes a <mark class="query-hit">.
 * @param {Element} container the clause's text
 * @param {string} query the words searched for, cut at whitespace (search.js resultHref writes them)
 * @returns {HTMLElement[]} the marks made, in text order; none when no word is in the text
 */
export function markQuery(container, query) {
  const words = query.trim().split(/\s+/u).filter(Boolean);
  const nodes = [];
  let text = '';
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  // Hits of two words may overlap (发展改革委 and 改革): one mark over both.
  const hits = [];
  for (const [from, to] of words.length > 0 ? wordHits(text, words, isStrict(query)) : []) {
    const last = hits.at(-1);
    if (last && from < last[1]) last[1] = Math.max(last[1], to);
    else hits.push([from, to]);
  }
  const marks = [];
  for (const { node, start } of nodes) {
    const end = start + node.data.length;
    const inside = hits.filter(([from, to]) => from < end && to > start);
    if (inside.length === 0) continue;
    const parts = [];
    let cursor = start;
    for (const [from, to] of inside) {
      const [a, b] = [Math.max(from, start), Math.min(to, end)];
      if (a > cursor) parts.push(document.createTextNode(text.slice(cursor, a)));
      const mark = document.createElement('mark');
      mark.className = 'query-hit';
      mark.textContent = text.slice(a, b);
      parts.push(mark);
      marks.push(mark);
      cursor = b;
    }
    if (cursor < end) parts.push(document.createTextNode(text.slice(cursor, end)));
    node.replaceWith(...parts);
  }
  return marks;
}

/** @returns the element the address's fragment names, or null (none, or a fragment that is not a valid escape) */
function targetOf(hash) {
  try {
    return hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  } catch {
    return null;
  }
}

const query = new URL(location.href).searchParams.get('q');
const clause = query ? targetOf(location.hash) : null;
if (clause?.classList.contains('clause')) {
  const text = clause.querySelector('.clause-text');
  if (text) markQuery(text, query);
}
