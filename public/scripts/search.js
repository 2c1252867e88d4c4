// Clause search on /search/: Pagefind's JS API, a traditional→simplified query, and a fallback that
// survives segmenter disagreement (see scripts/pagefind.ts hanCharacterField). Exports findClauses
// for tests; the page wiring runs only where #search-app exists.
import { comparable, comparerFor, escapeRegExp, isStrict, wordHits } from './word-match.js';

// How words are compared and found, shared with the document reader (see word-match.js).
export { comparable, comparableStrict, comparerFor, wordHits } from './word-match.js';

/** The five filters, in display order (Pagefind filter names are these labels). */
export const FILTER_GROUPS = ['省份', '文件类型', '领域', '政策工具', '牵头部门'];
const PROVINCE_ORDER = ['江苏省', '安徽省', '广东省', '湖北省', '重庆市', '甘肃省', '江西省', '多省'];
/**
 * Each province's names as a query may write them, longest first (重庆市 before 重庆): the full name and
 * the short one (content/vocab/provinces.yaml, whose names all end in 省 or 市).
 */
export const PROVINCE_NAMES = PROVINCE_ORDER.slice(0, -1)
  .flatMap((province) => [{ name: province, province }, { name: province.slice(0, -1), province }])
  .sort((a, b) => b.name.length - a.name.length);
/**
 * A query that begins or ends with a province's name (重庆先导区, 先导区江苏省), or has one as a word of its own
 * (科技金融 江西), cut into that province and the rest.
 * @returns {{ province: string, name: string, rest: string } | null} the province, its name as written, and the rest; null when it names none, or leaves under two characters (江苏省委: 委 alone finds anything)
 */
export function provinceAffix(query) {
  // A spaced query: a word that is a province's name, and only one (江苏 安徽 氢能 compares two provinces).
  if (/\s/u.test(query)) {
    const words = query.trim().split(/\s+/u);
    const named = words.map((word) => PROVINCE_NAMES.find(({ name }) => name === word)).filter(Boolean);
    if (named.length !== 1) return null;
    const rest = words.filter((word) => word !== named[0].name).join(' ');
    return comparable(rest).length >= 2 ? { province: named[0].province, name: named[0].name, rest } : null;
  }
  for (const { name, province } of PROVINCE_NAMES) {
    const rest = query.startsWith(name) ? query.slice(name.length) : query.endsWith(name) ? query.slice(0, -name.length) : null;
    // The longest name decides: 江苏省委 is not 江苏 and 省委.
    if (rest !== null) return comparable(rest).length >= 2 ? { province, name, rest } : null;
  }
  return null;
}
/** A province's place in the site's order; a name the list lacks comes last. */
const provinceRank = (name) => PROVINCE_ORDER.indexOf(name) + 1 || PROVINCE_ORDER.length + 1;
/** How many candidate documents are loaded and checked for the verbatim phrase at most. */
const MAX_CANDIDATES = 150;
/** How many are loaded before the first results are shown (when there are more). */
const FIRST_BATCH = 24;

let pagefindModule = null;

/** Loads Pagefind once. */
export async function loadPagefind() {
  if (!pagefindModule) {
    pagefindModule = await import('/pagefind/pagefind.js');
    await pagefindModule.init?.();
  }
  return pagefindModule;
}

let simplifier = null;
/**
 * Loads the traditional→simplified converter once (scripts/pagefind.ts writes it); without the module,
 * text passes unchanged, so a query is still searched as typed.
 */
export function loadSimplifier() {
  simplifier ??= import('/scripts/opencc-t2cn.js').then((module) => module.toSimplified, () => (text) => text);
  return simplifier;
}

// A pinyin annotation after a character, as the roundup's site prints them: 先導(dǎo)區(qū). Same rule as the
// ingest's strip-pinyin stage: lower-case Latin letters with tone marks only, so (S基金) or (一) never match.
const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';
const PINYIN = new RegExp(`(\\p{Script=Han})\\(([${PINYIN_LETTERS}]{1,6})\\)`, 'gu');
// A copy that begins or ends inside an annotation (ǎn)業… or …發(f) holds half of one: 業…, …發.
const PINYIN_CUT_START = new RegExp(`^[${PINYIN_LETTERS}]{1,6}\\)(?=\\p{Script=Han})`, 'u');
const PINYIN_CUT_END = new RegExp(`(\\p{Script=Han})\\([${PINYIN_LETTERS}]{0,6}$`, 'u');

/**
 * The query as the index holds text: NFKC, trimmed, and without the pinyin annotations of text copied
 * from the roundup's page (the ingest removed them from the site's text), also half of one where the copy begins or ends
 * inside it.
 * @returns {{ text: string, joined: string, pinyin: boolean }} the query; the query without typesetting spaces
 *   (100 项 → 100项), which findClauses tries first, since a reader may also mean two words (芯片 100亿); and whether
 *   annotations were removed
 */
export function prepareQuery(raw) {
  const nfkc = raw.normalize('NFKC').trim();
  const plain = nfkc.replace(PINYIN, '$1').replace(PINYIN_CUT_START, '').replace(PINYIN_CUT_END, '$1');
  const text = plain.replace(RANGE_TILDE, '$1-');
  return { text, joined: withoutLayoutSpaces(text), pinyin: plain !== nfkc };
}

// A range written with a tilde (8～10个, 2024~2026年; NFKC makes ～ ~): the texts write it with a dash, and
// ~ is a symbol, not punctuation, so comparable() would keep it.
const RANGE_TILDE = /(\d)\s*[~〜～]\s*(?=\d)/gu;

/**
 * Without the PDF's typesetting spaces between a Han character and a digit or Latin letter (100 项, 10 家左右),
 * which the ingest removed from the text: 100 项 is the word 100项, not 100 and 项 apart.
 */
export function withoutLayoutSpaces(text) {
  return text.replace(/(\p{Script=Han})\s+(?=[0-9A-Za-z])|([0-9A-Za-z])\s+(?=\p{Script=Han})/gu, '$1$2');
}

/**
 * The words every result must contain: the query cut at whitespace only, each compared without
 * punctuation, so that 30-40项 asks for 30-40项, not 30 and 40项 anywhere.
 */
export function queryWords(query) {
  return query.split(/\s+/u).map(comparable).filter(Boolean);
}

/** A word as a loose match may use it: one Latin letter or digit (the 1 of alert(1)) matches too much to mean anything. */
const meaningful = (word) => word.length >= 2 || /\p{Script=Han}/u.test(word);

/** A first sentence this short is a heading (10.加快建设未来产业先导区。), not the opening of a paragraph. */
const HEADING_LENGTH = 30;

/**
 * How well a clause matches, lower first: the whole query as one phrase in a section heading or a
 * clause's heading sentence, in a longer opening sentence (or the title of a document known only by it), elsewhere;
 * then all its words apart (a query of several words).
 * @param {{ text: string, key: string, heading: boolean, facts: boolean, docTitle: boolean, referenced: boolean }} clause a loaded clause; key is compare(text)
 */
function matchRank(clause, phrase, compare) {
  if (!clause.key.includes(phrase)) return 4;
  const opening = clause.text.split('。')[0];
  if (!compare(opening).includes(phrase)) return 3;
  // A document known only by its title (仅见引用) comes after the headings of the texts the site holds.
  if (clause.referenced) return 2;
  return clause.heading || clause.facts || clause.docTitle || opening.length <= HEADING_LENGTH ? 1 : 2;
}

/**
 * Cuts a document result back into its clauses, section headings (heading: true) and 文号 line (facts: true): its content is their texts joined by newlines
 * (then a character field), and meta.clauses lists each clause's anchor, label, length and filters.
 * @param {{ url: string, content: string, meta?: Record<string, string> }} data a Pagefind result's data, or a record as written
 * An entry with href is the title of a document the text names but the site does not hold (referenced: true): it opens
 * that document's page, and its filters give its kind (仅见引用).
 * @returns {Array<{ url: string, title: string, clause: string, province: string, kind: string, text: string, filters: Record<string, string[]>, heading: boolean, facts: boolean, docTitle: boolean, referenced: boolean,
 *   corrections: Array<{ start: number, end: number, title: string }> }>}
 *   corrections: the runs of the clause the site corrected (scripts/pagefind.ts correctionsOf)
 */
export function clausesOf(data) {
  let entries = [];
  try {
    entries = JSON.parse(data.meta?.clauses ?? '[]');
  } catch {
    entries = [];
  }
  const base = data.url.replace(/#.*$/u, '');
  let at = 0;
  return entries.map((entry) => {
    const text = data.content.slice(at, at + entry.length);
    at += entry.length + 1;
    return {
      // A title's entry has no anchor: it opens the document.
      url: entry.href ?? (entry.anchor ? `${base}#${entry.anchor}` : base),
      title: (entry.href ? entry.label : data.meta?.title) ?? '',
      clause: entry.label ?? '',
      province: entry.filters?.['省份']?.[0] ?? data.meta?.province ?? '',
      kind: entry.filters?.['文件类型']?.[0] ?? data.meta?.kind ?? '',
      text,
      filters: entry.filters ?? {},
      heading: entry.heading === true,
      facts: entry.facts === true,
      docTitle: entry.docTitle === true,
      referenced: entry.href !== undefined,
      corrections: entry.corrections ?? [],
    };
  });
}

/**
 * Finds the clauses that contain every word of the query. Pagefind finds the documents; their
 * clauses are then checked one by one, so each result is a clause with its own anchor and filters.
 * A query in traditional characters is converted to simplified, character by character as the ingest
 * converted the roundup; words are never rewritten (智慧 stays 智慧, not 智能). A query holding a form of a synonym
 * group (发改委) is also searched with the group's other forms (发展改革委), and the results say so (synonyms). A query
 * holding a declared erratum's original, as copied from the raw source (深??臻g), is also searched with its correction
 * as the site's text reads it (深海空间), first, and the results say so with the erratum's lines.
 * @param {string} rawQuery what the reader typed, traditional or simplified
 * @param {{ fallback?: boolean, firstBatch?: number, onProgress?: (early: object) => void, synonyms?: string[][], errata?: Erratum[] }} options
 *   fallback: false skips the character query: Pagefind's own matches only (for measuring); onProgress receives the
 *   verbatim matches among the first `firstBatch` candidate documents (default 24) while the others load, when there
 *   are more; synonyms: the groups of content/vocab/search-synonyms.yaml; errata: the errata the ingest applied
 *   (src/lib/search-page.ts errataTerms)
 * @returns {Promise<{ query: string, typed: string, province?: string, exact: boolean, truncated: boolean, partial: boolean, results: Array<{ url: string, title: string, clause: string, province: string, kind: string, text: string, filters: Record<string, string[]>, heading: boolean, facts: boolean }> }>}
 *   query: the simplified query; typed: the query as typed (NFKC);
 *   province: set when the query has a province's name as a word of its own (provinceWord: true; 江苏 氢能), or when
 *   nothing holds it verbatim and it began or ended with one (重庆先导区): query is then the rest, and the results are
 *   that province's clauses holding it; exact: false when no
 *   clause holds the words verbatim and the results are the clauses of Pagefind's looser matches that hold one
 *   of the words instead; synonyms: the other forms searched that found more, each with its words and the results it
 *   added (an erratum's correction, with erratum set, is listed even when it added none, and without added: the reader
 *   is told why the text differs from what was pasted; leads: the typed query found clauses too, and the correction's
 *   lead the list); asWritten: the query as typed found nothing, and the results are the first other form's;
 *   elsewhere (with provinceWord and no results): what the query's other words, and their other forms, find in every
 *   province
 */
export async function findClauses(rawQuery, options = {}) {
  const found = await findAsTyped(rawQuery, options);
  const toSimplified = await loadSimplifier();
  const asSearched = (text) => toSimplified(prepareQuery(text).text).trim();
  const query = asSearched(rawQuery);
  // An erratum's correction before any synonym: when the typed query finds nothing, it is what the site's text reads.
  const variants = [...erratumVariants(query, options.errata ?? [], asSearched), ...synonymVariants(query, options.synonyms ?? [])];
  if (variants.length === 0) return found;
  const more = await Promise.all(variants.map((v) => findAsTyped(v.query, { ...options, onProgress: undefined })));
  const searched = variants.map((v, i) => ({ ...v, found: more[i] }));
  const said = ({ found: f, query: _, ...v }, added) => ({ ...v, words: queryWords(f.query), ...(!v.erratum && { added }) });
  const usable = searched.filter((v) => v.found.exact && v.found.results.length > 0);
  if (usable.length === 0) {
    // The province named has none under any form either (湖北 发改委): what the other forms find in every province
    // is counted with the typed words', as a search without the province would list them.
    const widened = found.provinceWord && found.results.length === 0 ? searched.filter((v) => v.found.provinceWord && v.found.elsewhere.length > 0) : [];
    if (widened.length === 0) return found;
    const seen = new Set();
    const elsewhere = [...found.elsewhere, ...widened.flatMap((v) => v.found.elsewhere)].filter((r) => !seen.has(r.url) && seen.add(r.url));
    return { ...found, elsewhere, synonyms: widened.map((v) => said(v)) };
  }
  // What the typed query found is the base (an erratum's clauses go ahead of it); when it found nothing verbatim, the
  // first other form that did is.
  const typedFound = found.exact && found.results.length > 0;
  const base = typedFound ? found : { ...usable[0].found, typed: found.typed, pinyin: found.pinyin };
  // A synonym read within another province than the base's would mix two scopes in one list.
  const others = (typedFound ? usable : usable.slice(1)).filter((v) => v.found.province === base.province);
  // A query holding an erratum's original was pasted from the raw file: the clauses its correction finds are the ones
  // meant, and come first (科创 产业 as typed finds every clause with 科创 and 产业, 17 of them; 科创+产业, the two).
  const leading = others.filter((v) => v.erratum);
  const first = leading.flatMap((v) => v.found.results);
  const seen = new Set();
  const results = (typedFound ? [...first, ...base.results] : [...base.results, ...first]).filter((r) => !seen.has(r.url) && seen.add(r.url));
  const synonyms = [
    ...(typedFound ? [] : [said(usable[0], base.results)]),
    // An erratum is said even when the typed query listed its clauses already (科创 产业 holds 科创+产业's).
    ...leading.map((v) => ({ ...said(v), ...(typedFound && { leads: true }) })),
  ];
  for (const v of others.filter((o) => !o.erratum)) {
    const added = v.found.results.filter((r) => !seen.has(r.url));
    for (const r of added) seen.add(r.url);
    if (added.length > 0) {
      results.push(...added);
      synonyms.push(said(v, added));
    }
  }
  if (synonyms.length === 0) return found;
  return { ...base, results, synonyms, asWritten: !typedFound, truncated: base.truncated || usable.some((v) => v.found.truncated) };
}

/**
 * The query with one form of a synonym group it holds put in place of each of the group's other forms: 省发改委 →
 * 省发展改革委, 省发展和改革委员会. The longest form wins where two overlap (通用人工智能, not 人工智能 inside it); a Latin
 * form (AI) matches as a whole word in any case, not inside another (AIGC, chain).
 * @param {string} query the query as searched (simplified)
 * @param {string[][]} groups each group's forms
 * @returns {{ typed: string, written: string, query: string }[]} the form as the query holds it, the form put in its place, and the new query
 */
export function synonymVariants(query, groups) {
  return replacedVariants(query, groups.map((forms) => ({ forms, into: forms })));
}

/**
 * @typedef {{ file: string, source: string, lines: number[], original: string, shown: string }} Erratum a declared
 *   erratum the ingest applied: the short title of the text whose raw file prints it (先导区新闻综述), its original as
 *   that file prints it (深??臻g), its correction as the site's text reads it (深海空间)
 */

/**
 * The query with the correction of each declared erratum whose original it holds put in its place: text copied from
 * the raw source (/sources/) holds a damaged run the site's text no longer has (深??臻g → 深海空间), alone or within a
 * longer passage.
 * @param {string} query the query as searched (simplified)
 * @param {Erratum[]} errata the errata applied
 * @param {(text: string) => string} asSearched how a query is read before it is searched: each original is read so too
 *   (its traditional characters simplified, its pinyin removed, as a copy of it pasted would be)
 * @returns {{ typed: string, written: string, query: string, erratum: Erratum }[]} the original as the query holds it,
 *   the correction put in its place, the new query, and the erratum
 */
export function erratumVariants(query, errata, asSearched) {
  return replacedVariants(query, errata.map((erratum) => ({ forms: [asSearched(erratum.original)], into: [erratum.shown], erratum })));
}

/**
 * @returns where a query holds a form: a Latin form (AI, 6G) as a whole word, any other as written, a run of spaces in
 *   it matching any run; Latin letters in any case either way (wi-fi for Wi-Fi), as the search compares text (comparable)
 */
const formPattern = (form) => /^[A-Za-z0-9]+$/u.test(form) ? new RegExp(`(?<![A-Za-z0-9])${form}(?![A-Za-z0-9])`, 'giu')
  : new RegExp(escapeRegExp(form).replace(/\s+/gu, '\\s+'), 'giu');

/**
 * The query with each form a rule finds in it replaced by each of the rule's `into` forms but that one. The longest form
 * wins where two overlap; a Latin form matches as a whole word; any other form as written, a run of spaces in it
 * matching any run; Latin letters in any case (formPattern).
 * @param {string} query the query as searched
 * @param {{ forms: string[], into: string[], erratum?: Erratum }[]} rules
 */
function replacedVariants(query, rules) {
  const hits = [];
  for (const rule of rules) {
    for (const form of rule.forms.filter(Boolean)) {
      for (const m of query.matchAll(formPattern(form))) hits.push({ start: m.index, end: m.index + m[0].length, form, rule });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept = [];
  for (const hit of hits) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  kept.sort((a, b) => a.start - b.start);
  return kept.flatMap(({ start, end, form, rule }) =>
    rule.into
      .filter((written) => written !== form)
      .map((written) => ({ typed: query.slice(start, end), written, query: `${query.slice(0, start)}${written}${query.slice(end)}`, ...(rule.erratum && { erratum: rule.erratum }) })),
  );
}

/** findClauses for the query as typed, without synonyms. */
async function findAsTyped(rawQuery, options) {
  const toSimplified = await loadSimplifier();
  const { text: typed, joined, pinyin } = prepareQuery(rawQuery);
  /** The query's other words, searched within one province's documents and kept to its clauses. */
  const within = async (named) => {
    const scoped = await clausesFor(named.rest, { ...options, onProgress: undefined, province: named.province });
    const results = scoped.exact ? scoped.results.filter((r) => r.filters['省份']?.includes(named.province)) : [];
    return { ...scoped, query: named.rest, typed, pinyin, province: named.province, provinceName: named.name, results };
  };
  // Text pasted from a PDF (100 项) holds the site's words with typesetting spaces: joined, when that finds them.
  if (joined !== typed) {
    const together = await clausesFor(toSimplified(joined).trim(), options);
    if (together.exact && together.results.length > 0) return { ...together, typed, pinyin };
  }
  const query = toSimplified(typed).trim();
  // A province's name as a word of its own (江苏 氢能) names where to look: a Jiangsu plan seldom writes 江苏.
  const spacedProvince = /\s/u.test(query) ? provinceAffix(query) : null;
  const found = { ...(await clausesFor(query, options)), typed, pinyin };
  if (spacedProvince) {
    const scoped = await within(spacedProvince);
    // Clauses that write every word, the province's name too, stay: 安徽、广东、江苏等地…先导区 is filed under 多省.
    const seen = new Set(scoped.results.map((r) => r.url));
    const literal = found.exact ? found.results.filter((r) => !seen.has(r.url)) : [];
    if (scoped.results.length > 0) return { ...scoped, results: [...scoped.results, ...literal], literal: literal.length, provinceWord: true };
    // The province has none, and no clause writes every word: that is the answer (湖北 氢能), not other provinces'
    // clauses listed as related ones. What the rest finds in every province is counted, for the reader to widen to.
    if (!(found.exact && found.results.length > 0)) {
      const everywhere = await clausesFor(spacedProvince.rest, { ...options, onProgress: undefined });
      return { ...scoped, results: [], provinceWord: true, elsewhere: everywhere.exact ? everywhere.results : [] };
    }
  }
  if (found.exact && found.results.length > 0) return found;
  // Chinese readers rarely type a space: 重庆先导区 means 先导区 in Chongqing's clauses, which seldom write 重庆.
  const named = spacedProvince ? null : provinceAffix(found.query);
  if (!named) return found;
  const scoped = await within(named);
  return scoped.results.length > 0 ? scoped : found;
}

/** findClauses for one simplified query. */
async function clausesFor(query, options) {
  const pagefind = await loadPagefind();
  const words = queryWords(query);
  if (words.length === 0) return { query, exact: true, truncated: false, partial: false, results: [] };

  // Within one province, Pagefind ranks only its documents, so the candidate limit cannot leave them out.
  const scope = options.province ? { filters: { 省份: { any: [options.province] } } } : undefined;
  const primary = await pagefind.search(query, scope);
  const primaryIds = new Set((primary?.results ?? []).map((r) => r.id));
  const candidates = [...(primary?.results ?? [])];
  const han = [...new Set(query.match(/\p{Script=Han}/gu) ?? [])];
  if (options.fallback !== false && han.length > 0) {
    // Every Han character is its own token in the index, so this query reaches every document that
    // holds the phrase, however the two segmenters cut it.
    const byCharacter = await pagefind.search(han.join(' '), scope);
    for (const result of byCharacter?.results ?? []) if (!primaryIds.has(result.id)) candidates.push(result);
  }
  const truncated = candidates.length > MAX_CANDIDATES;
  const kept = candidates.slice(0, MAX_CANDIDATES);
  const compare = comparerFor(query);
  // Each clause's comparable text is worked out once, as it loads: settle runs over the first batch twice, and ranks.
  const toClauses = (loaded, from) =>
    loaded.flatMap((data, i) => clausesOf(data).map((clause) => ({ ...clause, key: compare(clause.text), primary: primaryIds.has(kept[from + i].id) })));
  const strip = ({ primary: _, key: __, ...clause }) => clause;
  const holds = (clause, test) => test(clause.key);
  const phrase = comparable(query);
  const settle = (batches, partial) => {
    const all = batches.flat();
    const verbatim = all.filter((c) => holds(c, (text) => words.every((word) => text.includes(word))));
    // Best matches first; within a rank, Pagefind's order of documents and each document's own order.
    // Each batch is ranked on its own, so the full list extends the early one instead of reordering it.
    const isVerbatim = new Set(verbatim);
    const rank = (batch) => [
      ...batch.filter((c) => isVerbatim.has(c)).map((c) => ({ c, rank: matchRank(c, phrase, compare) })).sort((a, b) => a.rank - b.rank).map((r) => r.c),
      ...acrossPairs(batch, words),
    ];
    const ranked = batches.flatMap(rank);
    // Without the fallback only Pagefind's own matches were loaded: this measures Pagefind alone.
    if (ranked.length > 0 || options.fallback === false) return { query, exact: true, truncated, partial, results: ranked.map(strip) };
    return { query, exact: false, truncated, partial, results: looseOf(all).map(strip) };
  };
  // Nothing holds every word: the clauses that hold at least one of them, those holding more first, then those of
  // Pagefind's own matches. Outside them a one-character word is too common to count.
  const looseOf = (all) => {
    const held = (c) => words.filter((word) => meaningful(word) && (c.primary || word.length >= 2) && c.key.includes(word)).length;
    return all.map((c) => ({ c, n: held(c) })).filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n || Number(b.c.primary) - Number(a.c.primary)).map((x) => x.c);
  };
  // The most relevant documents first, so a long list shows its first results while the rest load.
  const firstBatch = options.firstBatch ?? FIRST_BATCH;
  const first = toClauses(await Promise.all(kept.slice(0, firstBatch).map((r) => r.data())), 0);
  if (options.onProgress && kept.length > firstBatch) {
    const early = settle([first], true);
    if (early.exact && early.results.length > 0) options.onProgress(early);
  }
  const rest = toClauses(await Promise.all(kept.slice(firstBatch).map((r) => r.data())), firstBatch);
  const settled = settle([first, rest], false);
  if (settled.exact || words.length < 2) return settled;
  // Pagefind finds documents holding every word (or every character): a document lacking one is not loaded, yet its
  // clause may hold another (具身智能 基金: the roundup has no 基金, its line 36 writes 具身智能). Each longer word
  // is looked for on its own, as typed and by character, and those documents' clauses join the related ones.
  const loaded = new Set(kept.map((r) => r.id));
  const others = [];
  for (const word of words.filter((w) => w.length >= 2)) {
    const chars = [...new Set(word.match(/\p{Script=Han}/gu) ?? [])];
    for (const q of [word, ...(chars.length > 1 ? [chars.join(' ')] : [])]) {
      for (const r of (await pagefind.search(q, scope))?.results ?? []) {
        if (loaded.has(r.id) || loaded.size >= MAX_CANDIDATES) continue;
        loaded.add(r.id);
        others.push(r);
      }
    }
  }
  if (others.length === 0) return settled;
  const extra = (await Promise.all(others.map((r) => r.data()))).flatMap((data) => clausesOf(data).map((clause) => ({ ...clause, key: compare(clause.text), primary: false })));
  return { ...settled, results: looseOf([...first, ...rest, ...extra]).map(strip) };
}

/** How long a one-word query must be to be looked for across two clauses: a pasted passage, not a word. */
const ACROSS_LENGTH = 6;

/**
 * Neighbouring clauses of one document that hold a one-word query only together: a passage copied across the
 * boundary the ingest drew between two items of one paragraph (…促进大中小企业融通创新。二是推动高成长性…). Each
 * pair is one result at the first clause, with both texts, so its excerpt marks the passage across them.
 * @param {Array<{ url: string, key: string, text: string, clause: string, filters: Record<string, string[]>, heading: boolean, facts: boolean, docTitle: boolean, corrections?: Array<{ start: number, end: number, title: string }> }>} loaded
 *   the clauses of whole documents, in order
 * @param {string[]} words the query's words (comparable)
 * @returns the pairs, each a result with across: true and next: the second clause's name
 */
export function acrossPairs(loaded, words) {
  if (words.length !== 1 || words[0].length < ACROSS_LENGTH) return [];
  const [word] = words;
  const isClause = (c) => !c.heading && !c.facts && !c.docTitle;
  const documentOf = (c) => c.url.replace(/#.*$/u, '');
  const pairs = [];
  for (let i = 0; i + 1 < loaded.length; i += 1) {
    const [a, b] = [loaded[i], loaded[i + 1]];
    if (!isClause(a) || !isClause(b) || documentOf(a) !== documentOf(b)) continue;
    if (a.key.includes(word) || b.key.includes(word) || !`${a.key}${b.key}`.includes(word)) continue;
    const filters = {};
    for (const [group, values] of [...Object.entries(a.filters), ...Object.entries(b.filters)]) filters[group] = [...new Set([...(filters[group] ?? []), ...values])];
    const corrections = [...(a.corrections ?? []), ...(b.corrections ?? []).map((c) => ({ ...c, start: c.start + a.text.length, end: c.end + a.text.length }))];
    pairs.push({ ...a, text: `${a.text}${b.text}`, filters, corrections, across: true, next: b.clause });
  }
  return pairs;
}

/** Whether any filter value is chosen. */
export const anyChosen = (chosen) => FILTER_GROUPS.some((group) => chosen[group]?.size > 0);

/**
 * The clauses the chosen filters select, with no query: a researcher can list every Jiangxi clause on
 * funding without guessing a word. A document's filters are the union of its clauses', so Pagefind
 * finds the documents holding a chosen value of each group and the clauses are then checked one by one.
 * Section headings and 文号 lines are left out: browsing lists clauses, and the titles of the documents known only by
 * reference, which have none. Provinces come in the site's order.
 * @param {Record<string, Set<string>>} chosen each filter group's chosen values
 * @returns {Promise<{ query: string, browse: true, exact: boolean, truncated: boolean, partial: boolean, results: ReturnType<typeof clausesOf> }>}
 */
export async function browseClauses(chosen) {
  const pagefind = await loadPagefind();
  const filters = Object.fromEntries(FILTER_GROUPS.filter((group) => chosen[group]?.size > 0).map((group) => [group, { any: [...chosen[group]] }]));
  const found = await pagefind.search(null, { filters });
  const candidates = found?.results ?? [];
  const loaded = await Promise.all(candidates.slice(0, MAX_CANDIDATES).map((r) => r.data()));
  // A document known only by reference has no clauses to list: its title is listed instead, where the filters select it
  // (仅见引用, 全国, or its province).
  const listed = (c) => c.referenced || (!c.heading && !c.facts && !c.docTitle);
  const clauses = applyFilters(loaded.flatMap(clausesOf).filter(listed), chosen);
  // A stable sort: within a province, Pagefind's order of documents and each document's own order.
  const results = clauses.sort((a, b) => provinceRank(a.province) - provinceRank(b.province));
  return { query: '', browse: true, exact: true, truncated: candidates.length > MAX_CANDIDATES, partial: false, results };
}

/** Keeps results that match the chosen values: any value within a group, every group. */
export function applyFilters(results, chosen) {
  return results.filter((r) =>
    Object.entries(chosen).every(([group, values]) => values.size === 0 || (r.filters[group] ?? []).some((v) => values.has(v))),
  );
}

/**
 * The filters a search address names, so a filtered search can be bookmarked and shared:
 * `?q=先导区&省份=江苏省&政策工具=概念验证` (a group may repeat, any of its values matches).
 * @param {URLSearchParams} params the address's query
 * @returns {Record<string, Set<string>>} each filter group's chosen values
 */
export function filtersFromParams(params) {
  return Object.fromEntries(FILTER_GROUPS.map((group) => [group, new Set(params.getAll(group).filter(Boolean))]));
}

/**
 * Writes the query and the chosen filters into an address, in FILTER_GROUPS order.
 * @param {URL} url the address to change
 * @param {string} query the query as typed
 * @param {Record<string, Set<string>>} chosen each filter group's chosen values
 */
export function writeSearchParams(url, query, chosen) {
  if (query.trim()) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  for (const group of FILTER_GROUPS) {
    url.searchParams.delete(group);
    for (const value of chosen[group] ?? []) url.searchParams.append(group, value);
  }
}

/**
 * @typedef {{ province: string, texts: { source: string, kind: string, lines: string }[] }} Summarised a province none of
 *   whose policy documents the site holds, with the texts it does hold (a digest's summary, an interpretation) and
 *   their lines on it (src/lib/search-page.ts heldInPart)
 */

/**
 * For each chosen province none of whose policy documents the site holds, that it holds only a summary or an
 * interpretation: lest a filter to it that leaves nothing be read as the policy's silence.
 * @param {Record<string, Set<string>>} chosen each filter group's chosen values
 * @param {Summarised[]} summarised
 * @returns {string} e.g. 本站没有安徽省政策文件的全文，只收录了先导区新闻综述中的概述（第18、27–29行）, or
 *   …只收录了六大行动解读（第17–19、23–29、33–51行）; '' for none
 */
function summaryNote(chosen, summarised) {
  // A digest summarises the province among others; an interpretation is a text of its own, named as such.
  const named = ({ source, kind, lines }) => `${source}${kind === 'digest' ? '中的概述' : ''}${lines ? `（第${lines}行）` : ''}`;
  return summarised.filter((s) => chosen['省份']?.has(s.province))
    .map((s) => `本站没有${s.province}政策文件的全文${s.texts.length > 0 ? `，只收录了${s.texts.map(named).join('、')}` : ''}`).join('；');
}

/**
 * @param {string} query the query as searched
 * @param {{ name: string, href: string, terms: string[], readerTerms?: string[] }[]} sectors
 * @returns {{ term: string, name: string, href: string, terms: string[] } | undefined} a reader's word no held text writes
 *   (sectors.yaml readerTerms, checked by the build) that the query holds, and its field
 */
export function readerTermIn(query, sectors) {
  for (const sector of sectors) {
    const term = sector.readerTerms?.find((t) => formPattern(t).test(query));
    if (term) return { ...sector, term };
  }
}

/**
 * The hint for a reader's word no held text writes (readerTermIn): that the texts lack it, what they write instead,
 * and that the site files the clauses writing that under the field the link opens. It says the word is missing though
 * the status may say so too: beside the related clauses a longer query (6G 通信) finds, the status does not.
 * @param {{ term: string, name: string, terms: string[] }} reader
 * @returns {{ text: string, link: string }} the sentence before the link and the link's text:
 *   收录文本不写“6G”，相关的说法是“下一代移动通信”；本站把写到它的条款归入同名领域： and 查看下一代移动通信
 */
export function readerTermHint({ term, name, terms }) {
  const field = terms.length === 1 && terms[0] === name ? '同名领域' : `领域“${name}”`;
  return {
    text: `收录文本不写“${term}”，相关的说法是${terms.map((t) => `“${t}”`).join('')}；本站把写到${terms.length === 1 ? '它' : '这些说法'}的条款归入${field}：`,
    link: `查看${name}`,
  };
}

/**
 * The line above the results: what was searched and how many clauses are shown. When none are shown
 * it says why, so a reader can tell a term the corpus lacks from filters that hide every result.
 * @param {{ query: string, typed?: string, province?: string, browse?: boolean, exact: boolean, truncated: boolean, partial: boolean, results: unknown[], synonyms?: Array<{ typed: string, written: string, words: string[], added?: object[], leads?: boolean, erratum?: Erratum }>, asWritten?: boolean }} found what findClauses or
 *   browseClauses returned
 * @param {Array<{ heading?: boolean }>} visible the results the chosen filters leave
 * @param {{ chosen?: Record<string, Set<string>>, summarised?: Summarised[], sectors?: Parameters<typeof readerTermIn>[1] }} [context]
 * @returns {string} e.g. 没有找到包含“晶片”的条款。
 */
export function statusText(found, visible, { chosen = {}, summarised = [], sectors = [] } = {}) {
  const unheld = summaryNote(chosen, summarised);
  if (found.browse) {
    if (visible.length === 0) return `没有条款同时符合所选的筛选条件${unheld ? `：${unheld}` : ''}；取消部分筛选即可看到。`;
    const scope = found.truncated ? `（仅列出前${MAX_CANDIDATES}份文件中的条款）` : '';
    const titles = visible.filter((r) => r.docTitle).length;
    const listed = [visible.length > titles && `${visible.length - titles}条条款`, titles > 0 && `${titles}份仅见引用的文件的标题`].filter(Boolean).join('、');
    return `未输入检索词：列出符合所选筛选条件的全部${listed}${scope}。输入关键词可在其中检索。`;
  }
  if (!found.query) return '输入关键词开始检索，繁体字与简体字均可；也可以只选筛选条件，列出符合条件的全部条款。';
  if (found.results.length === 0 && !found.provinceWord) {
    // The build checked that no held text writes it (the hint links its field).
    const reader = readerTermIn(found.query, sectors);
    return `没有找到包含“${found.query}”的条款${reader ? `：收录文本中没有“${reader.term}”这一写法` : ''}。${unheld ? `${unheld}。` : ''}`;
  }
  if (found.results.length > 0 && visible.length === 0) {
    // The missing texts are the reason only when the province filter alone leaves nothing.
    const outside = unheld && applyFilters(found.results, { 省份: chosen['省份'] }).length === 0;
    return `找到${found.results.length}条结果，但都不${outside ? `属于所选省份：${unheld}` : '符合所选的筛选条件'}；取消部分筛选即可看到。`;
  }
  const filtered = visible.length !== found.results.length ? `（筛选前${found.results.length}条）` : '';
  // What the search set aside is said, so a reader knows why （五） also finds a bare 五.
  const setAside = `${found.pinyin ? '已去掉检索词中的拼音注音；' : ''}${/\p{P}/u.test(found.query) ? '检索词中的标点不计；' : ''}`;
  // Not a verbatim hit, and said so: the rest of the query within the province it began or ended with.
  // A province typed as a word of its own is read as where to look; typed against a term, only when the text lacks the whole.
  const scoped = !found.province ? ''
    : found.provinceWord ? `按省份理解“${found.provinceName}”：下面是${found.province}含“${found.query}”的条款${found.literal ? `，及另外${found.literal}条逐字写有全部检索词的条款` : ''}；`
    : `${found.asWritten ? '' : `原文中没有“${found.typed}”；`}下面是${found.province}含“${found.query}”的条款；`;
  // An erratum's correction searched is said with the lines it stands on: what was pasted is the raw file's wording.
  const searched = found.synonyms ?? [];
  const corrected = ({ erratum, written, leads }, i) =>
    `${erratum.source}原文第${erratum.lines.join('、')}行作“${erratum.original}”，本站据勘误${written ? `更正为“${written}”` : '删去了这段文字'}，${found.asWritten && i === 0 ? '以下按更正后的写法检索' : `同时按更正后的写法检索${leads ? '，找到的条款列在最前' : ''}`}；`;
  const corrections = searched.map((s, i) => (s.erratum ? corrected(s, i) : '')).join('');
  // The province named has no clause holding the rest, under any form searched: that is the answer. The site holds
  // some provinces' texts only as a news summary, so it speaks of the clauses it holds, not of the province's policy.
  if (found.results.length === 0) {
    const forms = searched.filter((s) => !s.erratum).map((s) => `“${s.written}”`).join('、');
    const widen = found.elsewhere?.length > 0 ? `；不限省份检索${searched.length > 0 ? '（连同上述写法）' : `“${found.query}”`}，可找到${countOf(found.elsewhere)}` : '';
    return `${corrections}${forms ? `同时检索了同义写法${forms}；` : ''}按省份理解“${found.provinceName}”：本站收录的${found.province}条款中没有“${found.query}”${widen}。`;
  }
  // Another form searched is said, with what it added: a reader sees why 发改委 also lists 省发展改革委.
  const synonyms = searched.filter((s) => !s.erratum);
  const others = (list) => list.map((s) => `“${s.written}”（另${countOf(s.added)}）`).join('、');
  const synonymNote = synonyms.length === 0 ? ''
    : found.asWritten && synonyms[0] === searched[0] ? `原文中没有“${found.typed}”，改按同义写法“${synonyms[0].written}”检索${synonyms.length > 1 ? `，并检索了${others(synonyms.slice(1))}` : ''}；`
    : `同时检索了同义写法${others(synonyms)}；`;
  const note = `${corrections}${synonymNote}${scoped}${setAside}${found.exact ? '' : '没有条款逐字包含全部检索词，以下为包含其中部分检索词的条款；'}`;
  const scope = found.partial ? '，正在核对其余文件…' : found.truncated ? `，仅核对了相关度最高的${MAX_CANDIDATES}份文件` : '';
  return `${note}找到${countOf(visible, true)}${filtered}${scope}${found.partial ? '' : '。'}`;
}

/**
 * Results counted by kind: documents' titles, section headings and documents' 文号 are found too, and counted apart,
 * for none is a clause (科学技术厅 adds one 文件信息, not a clause).
 * @param {Array<{ docTitle?: boolean, heading?: boolean, facts?: boolean, across?: boolean }>} results
 * @param {boolean} [explained] whether 文件信息 says what it holds
 */
function countOf(results, explained = false) {
  const titles = results.filter((r) => r.docTitle).length;
  const headings = results.filter((r) => r.heading).length;
  const facts = results.filter((r) => r.facts).length;
  const across = results.filter((r) => r.across).length;
  const clauses = results.length - titles - headings - facts - across;
  return [titles > 0 && `${titles}份文件的标题`, clauses > 0 && `${clauses}条条款`, across > 0 && `${across}处跨越相邻两条的原文`, headings > 0 && `${headings}个章节标题`, facts > 0 && `${facts}份文件的文件信息${explained ? '（文号、发文机关、日期等）' : ''}`].filter(Boolean).join('、');
}

/**
 * Search finds the words typed; a sector page gathers a sector under all the names the texts use. When the query
 * names a sector (or holds one of its names), the hint says which other names, not found by this query, the sector
 * page also covers.
 * @param {string} query the query as searched (simplified)
 * @param {{ name: string, href: string, terms: string[] }[]} sectors each sector's name, page and names
 * @returns {{ name: string, href: string, others: string[] }[]} at most two sectors, each with the names the query lacks
 */
export function sectorHints(query, sectors) {
  const q = query.replace(/\s+/gu, '');
  if (q.length < 2) return [];
  return sectors
    .filter((s) => s.terms.some((term) => q.includes(term)) || s.name.includes(q))
    // A name holding the query (量子科技 for 量子) is found by the search itself.
    .map((s) => ({ name: s.name, href: s.href, others: s.terms.filter((term) => !q.includes(term) && !term.includes(q)) }))
    .filter((s) => s.others.length > 0)
    .slice(0, 2);
}

/** How many departments one hint names at most (省政府 is a short name in four provinces). */
const MAX_DEPARTMENT_HINTS = 8;
/** How a body's name ends (科技厅, 发展改革委, 人民政府, 人大常委会, 管理委员会), so part of a name can be told from a topic word. */
const INSTITUTION_END = /[厅局委办院府会部]$/u;

/**
 * Search finds the words typed; a department page gathers every clause whose responsibility note lists the
 * department, under any of its names (省发展改革委 in a plan, 江苏省发展改革委 in a digest). When the query is, holds or
 * is part of a department's name, the hint names the department and links its page. The closest match wins: a whole
 * name the query holds, the longest first (江苏省科技厅 is Jiangsu's, though 省科技厅 is every province's short name),
 * before a name that holds the query; that only for a query ending as a body's name ends (科技厅, not 江苏省 or 信息化,
 * which a body's name holds without naming it); and a province the query names keeps that province's departments.
 * @param {string} query the query as searched (simplified)
 * @param {{ name: string, province: string, href: string, terms: string[], holds: string }[]} departments
 * @returns {{ name: string, province: string, href: string, holds: string, term: string }[]} the departments, each with its name the query matched
 */
export function departmentHints(query, departments) {
  const q = query.normalize('NFKC').replace(/\s+/gu, '');
  if (q.length < 2) return [];
  // Lower is better: a name the query holds, by the name's length; then a name that holds a query of three or more characters.
  const scored = departments.flatMap((d) => {
    const held = d.terms.filter((term) => q.includes(term)).sort((a, b) => b.length - a.length)[0];
    if (held) return [{ ...d, term: held, score: -held.length }];
    const holding = q.length >= 3 && INSTITUTION_END.test(q) ? d.terms.find((term) => term.includes(q)) : undefined;
    return holding ? [{ ...d, term: holding, score: 1 }] : [];
  });
  if (scored.length === 0) return [];
  const best = Math.min(...scored.map((d) => d.score));
  let hints = scored.filter((d) => d.score === best);
  const named = PROVINCE_NAMES.filter(({ name }) => q.includes(name)).map(({ province }) => province);
  const inNamed = hints.filter((d) => named.includes(d.province));
  if (inNamed.length > 0) hints = inNamed;
  return hints.slice(0, MAX_DEPARTMENT_HINTS).map(({ score: _, terms: __, ...d }) => d);
}

/** Counts, per group and value, the results that would remain if that value were ticked. */
export function facetCounts(results, chosen) {
  const counts = {};
  for (const group of FILTER_GROUPS) {
    const others = Object.fromEntries(Object.entries(chosen).filter(([g]) => g !== group));
    const counted = new Map();
    for (const r of applyFilters(results, others)) for (const v of r.filters[group] ?? []) counted.set(v, (counted.get(v) ?? 0) + 1);
    counts[group] = counted;
  }
  return counts;
}

/**
 * The words a result's marks show: the query's words as typed, with their punctuation (首台(套) marks its )), and the
 * words of each synonym searched, which are why its results are listed.
 * @param {{ query: string, synonyms?: Array<{ words: string[] }> }} found what findClauses returned
 * @returns {string[]} e.g. `['发改委', '发展改革委']`
 */
export function markedWords(found) {
  const typed = (found.query ?? '').trim().split(/\s+/u).filter(Boolean);
  // A passage found by another form (a correction, a synonym) is the query then: its words, as comparable() wrote them, add nothing.
  const same = new Set(typed.map(comparable));
  return [...new Set([...typed, ...(found.synonyms ?? []).flatMap((s) => s.words).filter((word) => !same.has(comparable(word)))])];
}

/**
 * Where a result links: a clause's address carries the words marked (?q=), so the document page marks them in that
 * clause too (public/scripts/mark-query.js); a title, a heading, a 文件信息 line or a pair of clauses opens as it is.
 * @param {{ url: string, docTitle?: boolean, heading?: boolean, facts?: boolean, across?: boolean }} result a result
 * @param {string[]} words markedWords(found)
 * @returns {string} e.g. `/documents/jiangsu-3yr-plan/?q=知识产权质押#c15` (the query percent-encoded)
 */
export function resultHref(result, words) {
  if (words.length === 0 || result.docTitle || result.heading || result.facts || result.across) return result.url;
  const url = new URL(result.url, 'http://site.invalid');
  url.searchParams.set('q', words.join(' '));
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * A short excerpt of the clause around the first query word (or, whole, all of a short text), as text nodes and <mark>s;
 * a run the site corrected is an <ins class="corrected"> as in the reader, so an excerpt never passes it off as printed.
 * The corrected run is kept whole, the words marked inside it, as the reader marks them (mark-query.js), so one
 * correction reads as one, with one label, whatever part of it a word covers.
 * @param {Array<{ start: number, end: number, title: string }>} corrections the text's corrected runs, in text order
 */
function excerptNodes(text, words, whole, strict, corrections = []) {
  const hits = wordHits(text, words, strict);
  const first = hits[0]?.[0] ?? 0;
  const start = whole ? 0 : Math.max(0, first - 40);
  // A long passage (pasted from the source) is shown to its end, so the whole of it is marked.
  const end = whole ? text.length : Math.min(text.length, Math.max(start + 160, (hits[0]?.[1] ?? 0) + 20));
  // The hits shown: within the excerpt, none overlapping the one before.
  const shown = [];
  for (const [from, to] of hits) if (from >= (shown.at(-1)?.[1] ?? start) && to <= end) shown.push([from, to]);
  // Text from `from` to `to` with the hits in it marked (a hit a corrected run's edge cuts is marked on each side).
  const marked = (from, to) => {
    const parts = [];
    let at = from;
    for (const [a, b] of shown.map(([x, y]) => [Math.max(x, from), Math.min(y, to)]).filter(([x, y]) => x < y)) {
      parts.push(document.createTextNode(text.slice(at, a)), element('mark', { text: text.slice(a, b) }));
      at = b;
    }
    parts.push(document.createTextNode(text.slice(at, to)));
    return parts;
  };
  const nodes = [];
  if (start > 0) nodes.push(document.createTextNode('…'));
  let cursor = start;
  for (const c of corrections) {
    const [a, b] = [Math.max(c.start, cursor), Math.min(c.end, end)];
    if (a >= b) continue;
    nodes.push(...marked(cursor, a), element('ins', { class: 'corrected', title: c.title }, marked(a, b)));
    cursor = b;
  }
  nodes.push(...marked(cursor, end));
  if (end < text.length) nodes.push(document.createTextNode('…'));
  return nodes;
}

/**
 * The department hint: one department, or the several a shared short name (省科技厅) stands for, each with a link to
 * its page and what that page holds (牵头9条、配合11条).
 */
function departmentHintNode(bodies) {
  const link = (d) => [element('a', { href: d.href, text: d.name }), `（${d.holds}）`];
  if (bodies.length === 1) {
    const [d] = bodies;
    // A body no clause names (it only issued a document) has no clauses for its page to gather.
    return element('span', {}, d.gathers ? ['责任部门：', ...link(d), '，原文写法各异的条款都汇集在其页面。'] : ['机关：', ...link(d), '，见其页面。']);
  }
  const sameTerm = bodies.every((d) => d.term === bodies[0].term);
  const lead = sameTerm ? `“${bodies[0].term}”在各省指不同部门，见各部门页面：` : '名称相近的部门，见各部门页面：';
  return element('span', {}, [lead, ...bodies.flatMap((d, i) => [...(i > 0 ? ['、'] : []), ...link(d)]), '。']);
}

/** Hints without repeats: the first of each page. */
const unique = (hints) => hints.filter((h, i) => hints.findIndex((other) => other.href === h.href) === i);

function element(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

/** Wires the search page: input, filters, results, address (?q= and the filters). */
function startSearchPage(app) {
  const form = app.querySelector('form');
  const input = app.querySelector('input[type="search"]');
  const status = app.querySelector('[data-search-status]');
  const list = app.querySelector('[data-search-results]');
  const filterBox = app.querySelector('[data-search-filters]');
  const more = app.querySelector('[data-search-more]');
  const hint = app.querySelector('[data-search-hint]');
  // The names the hints look for, fetched beside the index; without them the page searches as before, with no hint.
  let hintTerms = { sectors: [], departments: [], synonyms: [], errata: [], summarised: [] };
  // A search waits for them (a small file, fetched while Pagefind loads): the synonyms decide what it searches.
  const hintTermsLoaded = fetch('/search/hint-terms.json')
    .then((response) => (response.ok ? response.json() : null))
    .then((terms) => {
      if (!terms) return;
      hintTerms = terms;
      renderHints();
    })
    .catch(() => {});
  const PAGE = 20;
  let found = { query: '', exact: true, truncated: false, partial: false, results: [] };
  let shown = PAGE;
  let run = 0;
  let timer = 0;
  // When the address last changed: a state the reader stayed on gets its own history entry (see syncAddress).
  let settledAt = Date.now();
  // The results shown on the first load: more than a page when Back returns from a result opened after 显示更多结果.
  let restoreShown = Number(history.state?.shown) || 0;
  const chosen = filtersFromParams(new URL(location.href).searchParams);
  let allValues = {};
  // The query goes into the tab's title and the history list, so a search can be told from another there.
  const pageTitle = document.title;
  // On a phone the filters sit above the results: fold them there until opened.
  const openGroups = new Set(window.matchMedia('(min-width: 48rem)').matches ? ['省份', '文件类型'] : []);

  app.hidden = false;
  app.closest('main')?.querySelector('[data-search-noscript]')?.setAttribute('hidden', '');

  loadPagefind()
    .then((pagefind) => pagefind.filters())
    .then((values) => {
      allValues = values ?? {};
      // A value the index does not hold (a mistyped or outdated address) would hide every result unseen.
      let dropped = false;
      for (const group of FILTER_GROUPS) {
        for (const value of chosen[group]) if (!(value in (allValues[group] ?? {}))) dropped = chosen[group].delete(value);
      }
      renderFilters();
      if (dropped) {
        if (found.query) renderResults();
        else if (found.browse) search(input.value);
        syncAddress();
      }
    })
    .catch(() => {
      status.textContent = '检索索引加载失败：请确认站点已用 npm run build 完整构建。';
    });

  function renderFilters() {
    const counts = facetCounts(found.results, chosen);
    filterBox.replaceChildren();
    for (const group of FILTER_GROUPS) {
      // Provinces in the site's order; other values by how many results carry them, then by name.
      const rank = (v) => (group === '省份' ? provinceRank(v) : -(counts[group].get(v) ?? allValues[group][v] ?? 0));
      const values = Object.keys(allValues[group] ?? {}).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh-CN'));
      if (values.length === 0) continue;
      const fieldset = element('fieldset', {}, [element('legend', { text: group })]);
      const options = element('ul', { class: 'filter-options' });
      for (const value of values) {
        const count = found.query ? counts[group].get(value) ?? 0 : null;
        if (found.query && count === 0 && !chosen[group].has(value)) continue;
        const box = element('input', { type: 'checkbox', value });
        box.checked = chosen[group].has(value);
        box.dataset.group = group;
        box.addEventListener('change', async () => {
          if (box.checked) chosen[group].add(value);
          else chosen[group].delete(value);
          shown = PAGE;
          await refilter();
          // The filters were redrawn: give keyboard focus back to the same checkbox.
          [...filterBox.querySelectorAll('input[type="checkbox"]')].find((b) => b.dataset.group === group && b.value === value)?.focus();
        });
        const label = element('label', {}, [box, document.createTextNode(value), element('span', { class: 'count', text: count === null ? '' : `（${count}）` })]);
        options.append(element('li', {}, [label]));
      }
      if (options.childElementCount === 0) continue;
      fieldset.append(options);
      const details = element('details', {}, [element('summary', { text: `${group}${chosen[group].size ? `（已选${chosen[group].size}）` : ''}` }), fieldset]);
      details.open = openGroups.has(group) || chosen[group].size > 0;
      details.addEventListener('toggle', () => (details.open ? openGroups.add(group) : openGroups.delete(group)));
      filterBox.append(details);
    }
    if (anyChosen(chosen)) {
      const clear = element('button', { type: 'button', class: 'clear-filters', text: '清除全部筛选' });
      clear.addEventListener('click', async () => {
        for (const group of FILTER_GROUPS) chosen[group].clear();
        shown = PAGE;
        await refilter();
        input.focus();
      });
      filterBox.prepend(clear);
    }
    // A heading over no filters (a search that found nothing) would promise what is not there.
    filterBox.closest('section').hidden = filterBox.childElementCount === 0;
  }

  /** After a filter changed: a query's results are filtered again; without a query, the filters are browsed anew. */
  async function refilter() {
    if (found.query) {
      renderFilters();
      renderResults();
      syncAddress();
    } else await search(input.value);
  }

  function renderResults() {
    const visible = applyFilters(found.results, chosen);
    list.replaceChildren();
    const words = markedWords(found);
    const strict = isStrict(found.query ?? '');
    for (const result of visible.slice(0, shown)) {
      // A title's, a heading's or a 文号's result title is its whole text: the words are marked there, as in a clause's excerpt.
      const whole = result.docTitle || result.heading || result.facts;
      const title = whole ? excerptNodes(result.clause, words, true, strict)
        : [document.createTextNode(result.across ? `${result.clause} 至 ${result.next}` : result.clause || result.title)];
      const link = element('a', { href: resultHref(result, words) }, [element('span', { class: 'result-title' }, title)]);
      const item = element('li', { class: 'result' }, [
        element('h2', {}, [link]),
        element('p', { class: 'result-meta muted', text: [result.docTitle ? '文件标题' : result.heading ? '章节标题' : result.facts ? '文件信息' : result.across ? '跨越相邻两条' : '', result.docTitle ? '' : result.title, result.province, result.kind].filter(Boolean).join(' · ') }),
        // A title's, a heading's or a 文号's text is its result title already; a title's other printed forms
        // (the notice's 关于印发…的通知), which a query may have matched, follow it.
        ...(whole && !(result.docTitle && result.text.length > result.clause.length) ? []
          : [element('p', { class: 'result-excerpt' }, excerptNodes(whole ? result.text.slice(result.clause.length + 1, -1) : result.text, words, false, strict, whole ? [] : result.corrections))]),
      ]);
      list.append(item);
    }
    more.hidden = visible.length <= shown;
    status.textContent = statusText(found, visible, { chosen, summarised: hintTerms.summarised, sectors: hintTerms.sectors });
    const named = found.query ? `“${found.typed ?? found.query}”的检索结果` : found.browse ? `筛选：${FILTER_GROUPS.flatMap((group) => [...chosen[group]]).join('、')}` : '';
    document.title = named ? `${named} · ${pageTitle}` : pageTitle;
    renderHints();
  }

  /** The hints above the results: the department the query names, and the sector pages that gather more of its names. */
  function renderHints() {
    // The query's hints and its synonyms' (工信厅 names the Gansu body; 工业和信息化厅, searched with it, the Jiangsu one).
    const queries = found.query ? [found.query, ...(found.synonyms ?? []).map((s) => s.words.join(''))] : [];
    const hints = unique(queries.flatMap((q) => sectorHints(q, hintTerms.sectors))).slice(0, 2);
    const bodies = unique(queries.flatMap((q) => departmentHints(`${found.province ?? ''}${q}`, hintTerms.departments))).slice(0, MAX_DEPARTMENT_HINTS);
    const reader = found.query && readerTermIn(found.query, hintTerms.sectors);
    const said = reader && readerTermHint(reader);
    hint.replaceChildren(
      ...(bodies.length > 0 ? [departmentHintNode(bodies)] : []),
      // A reader's word no text writes (6G): the field the texts' own words are filed under.
      ...(reader ? [element('span', {}, [said.text, element('a', { href: reader.href, text: said.link }), '。'])] : []),
      ...hints.map((h) => element('span', {}, [
        `领域“${h.name}”的页面还收录写作${h.others.map((t) => `“${t}”`).join('')}的条款：`,
        element('a', { href: h.href, text: `查看${h.name}` }),
        '。',
      ])),
    );
    hint.hidden = hint.childElementCount === 0;
  }

  async function search(text) {
    const mine = ++run;
    if (!text.trim() && anyChosen(chosen)) {
      status.textContent = '正在列出符合筛选条件的条款…';
      // An empty list's status names the provinces held only as a summary.
      const [result] = await Promise.all([browseClauses(chosen), hintTermsLoaded]);
      if (mine !== run) return;
      found = result;
      shown = PAGE;
    } else if (!text.trim()) {
      found = { query: '', exact: true, truncated: false, partial: false, results: [] };
      shown = PAGE;
    } else {
      status.textContent = '正在检索…';
      let early = false;
      await hintTermsLoaded;
      const result = await findClauses(text, {
        synonyms: hintTerms.synonyms,
        errata: hintTerms.errata,
        // The first documents' matches, shown while the rest load; the full list then extends them.
        onProgress: (partial) => {
          if (mine !== run) return;
          early = true;
          found = partial;
          shown = PAGE;
          renderFilters();
          renderResults();
        },
      });
      if (mine !== run) return;
      found = result;
      // Keep the reader's place if they asked for more results while the rest loaded.
      if (!early) shown = PAGE;
    }
    if (restoreShown > shown) shown = restoreShown;
    restoreShown = 0;
    renderFilters();
    renderResults();
    syncAddress(text);
  }

  /**
   * Keeps the address in step with the query and filters, so it can be bookmarked or shared. A state
   * the reader stayed on for two seconds gets its own history entry, so Back returns to it; the
   * states typed through on the way (先, 先导, 先导区) replace each other.
   */
  function syncAddress(text = input.value) {
    const url = new URL(location.href);
    // The text searched, not the box: an IME may have begun composing pinyin there while the search loaded.
    writeSearchParams(url, text, chosen);
    if (url.href === location.href) return;
    const stayed = Date.now() - settledAt > 2000 && new URL(location.href).searchParams.toString() !== '';
    if (stayed) history.pushState({ shown: PAGE }, '', url);
    else history.replaceState({ shown }, '', url);
    settledAt = Date.now();
  }

  // Back and Forward: the address holds the whole state, so read it again.
  window.addEventListener('popstate', () => {
    const params = new URL(location.href).searchParams;
    const restored = filtersFromParams(params);
    for (const group of FILTER_GROUPS) chosen[group] = restored[group];
    input.value = params.get('q') ?? '';
    restoreShown = Number(history.state?.shown) || 0;
    settledAt = 0;
    search(input.value);
  });

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value), 250);
  };
  // While an IME composes, the box holds pinyin (xian'dao), not the query: search once it is committed.
  input.addEventListener('input', (event) => {
    if (!event.isComposing) later();
  });
  // A search due from the keys typed just before composing began would read the first pinyin.
  input.addEventListener('compositionstart', () => clearTimeout(timer));
  input.addEventListener('compositionend', later);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  more.addEventListener('click', () => {
    shown += PAGE;
    // Remembered in this history entry, so Back from a result opened further down shows it again.
    history.replaceState({ ...history.state, shown }, '', location.href);
    renderResults();
    list.children[shown - PAGE]?.querySelector('a')?.focus();
  });

  const initial = new URL(location.href).searchParams.get('q') ?? '';
  input.value = initial;
  search(initial);
}

const app = typeof document !== 'undefined' ? document.getElementById('search-app') : null;
if (app) startSearchPage(app);
