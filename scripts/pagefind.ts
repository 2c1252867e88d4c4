// Build step 3, run beside the Astro build: the Pagefind index (one record per document, with its clause
// boundaries, so a result still lands on the clause anchor), the traditional→simplified converter, and
// the open-data zip. Reads the open data from ATLAS_DATA_DIR (default public/data), writes into
// ATLAS_SEARCH_DIR; `--install` (or scripts/build.ts) then copies the result into ATLAS_OUT_DIR (default dist).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hashInputs, isFresh, writeStamp } from './build/input-stamp.ts';
import { paths } from './paths.ts';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import type { AtlasClause } from '../src/schemas/clause.ts';
import type { AtlasDocument } from '../src/schemas/document.ts';
import { clauseName } from '../src/lib/clause-list.ts';
import { anchorOf, documentPlaceLabel, FILTER_NAMES, INFERRED_MARK, KIND_LABEL, provinceLabel } from '../src/lib/labels.ts';
import { OPEN_DATA_ZIP, writeOpenDataZip } from '../src/lib/open-data-zip.ts';
import { correctedRuns, type CorrectedRun } from '../src/lib/repair-notes.ts';

/** Characters of opening words that name a result clause without a printed heading (a result line's width). */
const RESULT_NAME_LENGTH = 30;

/** One clause inside a document record: where its text lies in the record's content, and its filters. */
export interface ClauseEntry {
  anchor: string;
  label: string;
  /** Characters of clause text in `content`; clauses are joined by one newline (public/scripts/search.js clausesOf cuts them back). */
  length: number;
  filters: Record<string, string[]>;
  /** A section heading rather than a clause: its text is full text too (（五）着力升级100家未来产业科创园区). */
  heading?: true;
  /** The document's identifiers as printed (文号：苏发改高技发〔2024〕229号), so a reader holding one finds the document. */
  facts?: true;
  /** The document's title: the entry has no anchor, so its result opens the document at its top. */
  docTitle?: true;
  /** With docTitle: the title of a document this text names (《…》) but the site does not hold, and its page. */
  href?: string;
  /**
   * The runs of the clause text the site corrected (declared errata), so a result's excerpt marks them as the reader
   * does: offsets in the clause text, and the tooltip saying what the raw file prints there.
   */
  corrections?: CorrectedRun[];
}

/** @returns the clause's corrected runs, for its entry (none for most clauses, so the field is left out) */
export function correctionsOf(clause: Pick<AtlasClause, 'repairs'>): { corrections?: CorrectedRun[] } {
  const corrections = correctedRuns(clause.repairs);
  return corrections.length > 0 ? { corrections } : {};
}

/**
 * What one document record holds: its clause texts as content (then the character field), what a
 * result shows, and the filters. The clause list in `meta.clauses` lets the search page cut the
 * content back into clauses, so a result still lands on its clause anchor.
 */
export interface DocumentRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface OpenData {
  documents: AtlasDocument[];
  clauses: AtlasClause[];
  sectors: { sectors: Array<{ id: string; name: string }> };
  measures: Array<{ id: string; name: string }>;
}

/** The open-data files the records are made from: all the search step reads of the ingest's output. */
export const SEARCH_DATA_FILES = ['documents.json', 'clauses.json', 'sectors.json', 'measures.json'] as const;

/** Reads the open-data files the records are made from. */
export function readOpenData(dataDir: string): OpenData {
  const read = (name: (typeof SEARCH_DATA_FILES)[number]) => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
  return { documents: read('documents.json'), clauses: read('clauses.json'), sectors: read('sectors.json'), measures: read('measures.json') };
}

/**
 * The text's distinct Han characters, space-separated: the n-gram field that mitigates segmenter
 * disagreement. Pagefind segments Chinese with jieba when indexing and with the browser's
 * Intl.Segmenter when searching, and matches query words as prefixes of indexed words; a query word
 * that starts inside an indexed word (大所 in 大院大所) cannot match. Every single character is its
 * own token here, so the search page's fallback query (the query's characters) always reaches a
 * document that contains the phrase; the page then keeps only clauses that hold the query verbatim.
 * @param text clause or document text
 * @returns e.g. `大 院 所`
 */
export function hanCharacterField(text: string): string {
  return [...new Set(text.match(/\p{Script=Han}/gu) ?? [])].join(' ');
}

/**
 * One Pagefind record per document that has clauses. Pagefind's cost grows with its record count
 * (a fragment file each, and every record listed in the metadata the first query loads): at 100×
 * the corpus, its 500 documents with clauses index in 7–10 s where its 11,489 clauses took 15 s, and
 * the metadata shrinks from 81 KB to 7 KB. Clause-level results and filters are kept: the search
 * page splits a document's content into its clauses with `meta.clauses`. The titles of the documents a text names but
 * the site does not hold (仅见引用) are entries of that text's record, each opening its own page.
 * @param data the open data
 * @param options characterField: false leaves the Han-character field out (to measure without it)
 * @returns records with url `/documents/<doc>/`, the clause texts as content, and five filters each
 *   holding the values of any of its clauses
 */
export function documentRecords(data: OpenData, options: { characterField?: boolean } = {}): DocumentRecord[] {
  const sectorName = new Map(data.sectors.sectors.map((s) => [s.id, s.name]));
  const measureName = new Map(data.measures.map((m) => [m.id, m.name]));
  const clausesOf = Map.groupBy(data.clauses, (c) => c.documentId);
  // Every entry, clause, heading or 文号, can be filtered by its place (a province, 多省 or 全国) and its document's kind.
  const placeFilters = (place: string, of: AtlasDocument) => ({ [FILTER_NAMES.province]: [place], [FILTER_NAMES.kind]: [KIND_LABEL[of.kind] ?? '其他'] });
  // The title, with the other ways the text prints it (the notice's 省发展改革委等7部门关于印发…的通知) in the same entry, so
  // a document is one title result.
  const titleItem = (document: AtlasDocument, line: number, href?: string) => {
    const variants = document.titleVariants.filter((variant) => !document.title.includes(variant));
    const text = variants.length > 0 ? `${document.title}（原文中的标题写法：${variants.join('；')}）` : document.title;
    const entry: ClauseEntry = { anchor: '', label: document.title, length: text.length, filters: placeFilters(documentPlaceLabel(document), document), docTitle: true, ...(href && { href }) };
    return { line, text, entry };
  };
  // A document known only by the title a text names (仅见引用) has no clauses and no record of its own (each record
  // costs the index; see bench/README.md): its title goes into the record of the text that names it, at the naming
  // clause's line, and its result opens its own page.
  const lineOf = new Map(data.clauses.map((c) => [c.id, c.source.startLine]));
  const namedIn = Map.groupBy(data.documents.filter((d) => !clausesOf.has(d.id) && d.knownFrom), (d) => d.knownFrom!.documentId);
  const records: DocumentRecord[] = [];
  for (const document of data.documents) {
    const clauses = clausesOf.get(document.id);
    if (!clauses?.length) continue;
    const kind = KIND_LABEL[document.kind] ?? '其他';
    const entries: ClauseEntry[] = clauses.map((clause) => {
      // A digest's clause belongs to the province of its section; a plan's clause to its document's.
      const province = clause.province ?? document.province ?? null;
      const filters: Record<string, string[]> = {
        ...placeFilters(provinceLabel(province), document),
        [FILTER_NAMES.sector]: clause.sectors.map((id) => sectorName.get(id) ?? id),
        [FILTER_NAMES.measure]: clause.measures.map((id) => measureName.get(id) ?? id),
        [FILTER_NAMES.lead]: [...new Set(clause.departments.filter((d) => d.role === 'lead').map((d) => d.name))],
      };
      for (const key of Object.keys(filters)) if (filters[key]!.length === 0) delete filters[key];
      return {
        anchor: anchorOf(clause.id),
        // Named as everywhere the text is not shown beside the name; the result's excerpt follows it.
        label: clauseName(clause, RESULT_NAME_LENGTH),
        length: clause.text.length,
        filters,
        ...correctionsOf(clause),
      };
    });
    // Section headings are text the reader shows: in source order among the clauses, a heading before a clause on its line.
    const headings = document.sections.map((section) => {
      const label = `${section.marker}${section.title}`;
      const filters = placeFilters(provinceLabel(section.province ?? document.province ?? null), document);
      return { line: section.line, text: label, entry: { anchor: section.id, label, length: label.length, filters, heading: true } satisfies ClauseEntry };
    });
    // The 文号 and 索引号 the page prints, and whom to ask (a 解读's 咨询处室, 联系人, 联系电话): first in the record,
    // pointing at the page's 文件信息, so an enterprise holding a name or a number finds the document.
    // Then who issued it and when, as the 文件信息 prints them (the date also as a reader writes it: 2024年2月27日).
    // Issuers the text does not print (issuersBasis) are found too, marked 〔推定〕 as the page marks them, so a result
    // does not pass an inference off as the text's; an interpretation's issuer who is its interpreter is its 解读机关.
    const { issuers } = document;
    const issuerLabel = issuers.join('、') === document.interpreter ? '解读机关' : '发文机关';
    const inferred = document.issuersBasis ? INFERRED_MARK : '';
    const [year, month, day] = (document.date ?? '').split('-').map(Number);
    const identifiers = [
      document.docNumber && `文号：${document.docNumber}`,
      document.metadata.indexNumber && `索引号：${document.metadata.indexNumber}`,
      document.metadata.contactOffice && `咨询处室：${document.metadata.contactOffice}`,
      document.metadata.contactPerson && `联系人：${document.metadata.contactPerson}`,
      document.metadata.contactPhone && `联系电话：${document.metadata.contactPhone}`,
      issuers.length > 0 && `${issuerLabel}：${issuers.join('、')}${inferred}`,
      document.publisher && !issuers.includes(document.publisher) && `发布者：${document.publisher}`,
      document.date && `日期：${year}年${month}月${day}日（${document.date}）`,
    ].filter(Boolean).join('；');
    const facts = identifiers
      ? [{ line: 0, text: identifiers, entry: { anchor: 'doc-info', label: identifiers, length: identifiers.length, filters: placeFilters(provinceLabel(document.province), document), facts: true } satisfies ClauseEntry }]
      : [];
    // The title, first of all: a reader who knows a document by its name (科技兴赣六大行动) finds it.
    const title = titleItem(document, 0);
    const named = (namedIn.get(document.id) ?? []).map((d) => titleItem(d, lineOf.get(d.knownFrom!.clauseId ?? '') ?? 0, `/documents/${d.id}/`));
    const items = [title, ...facts, ...named, ...headings, ...clauses.map((c, i) => ({ line: c.source.startLine, text: c.text, entry: entries[i]! }))]
      .map((item, order) => ({ ...item, order }))
      .sort((a, b) => a.line - b.line || a.order - b.order);
    const text = items.map((item) => item.text).join('\n');
    const filters: Record<string, string[]> = {};
    for (const { entry } of items) {
      for (const [name, values] of Object.entries(entry.filters)) filters[name] = [...new Set([...(filters[name] ?? []), ...values])];
    }
    records.push({
      url: `/documents/${document.id}/`,
      content: options.characterField === false ? text : `${text}\n${hanCharacterField(text)}`,
      language: 'zh-cn',
      meta: {
        title: document.title,
        kind,
        province: provinceLabel(document.province),
        clauses: JSON.stringify(items.map((item) => item.entry)),
      },
      filters,
    });
  }
  return records;
}

const BATCH = 500;

/**
 * Builds the search index into `<outDir>/pagefind`.
 * @param records the document records
 * @param outDir the built site folder
 * @returns the number of records indexed
 */
export async function writeSearchIndex(records: DocumentRecord[], outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  // Records go to Pagefind's indexing process in order; awaiting each reply before sending the next
  // left that process idle between records, so batches are sent without waiting in between.
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    const replies = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    replies.forEach((added, i) => {
      if (added.errors.length) throw new Error(`Pagefind rejected ${batch[i]!.url}: ${added.errors.join('; ')}`);
    });
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  return records.length;
}

/** opencc-js's folder of ES modules: core.js and dict/<name>.js. */
const openccLib = () => dirname(fileURLToPath(import.meta.resolve('opencc-js/core')));

/** @returns one opencc-js dictionary as a `const <name> = "…";` line of a generated module */
async function dictionaryLine(name: string): Promise<string> {
  const dictionary = (await import(pathToFileURL(join(openccLib(), 'dict', `${name}.js`)).href)).default as string;
  return `const ${name} = ${JSON.stringify(dictionary)};`;
}

/**
 * The traditional→simplified converter as one browser ES module: opencc-js's core plus the dictionaries
 * of its tw→cn conversion, the one the ingest gives traditional sources (scripts/ingest/normalise/to-simplified.ts),
 * so 標誌著 becomes the 标志着 the text holds. Characters only: no Taiwan phrase table (which made 文件 文档 and
 * 智慧 智能), and a word with no traditional character passes unchanged (tw→cn alone would make 显著 显着).
 * The CJK compatibility step is left out: the search page's NFKC already does it.
 * @returns the module source; it exports `toSimplified(text)`
 */
export async function simplifierModule(): Promise<string> {
  const names = ['TWVariantsRevPhrases', 'TWVariantsRev', 'TSPhrases', 'TSCharacters'];
  return [
    `// Generated by scripts/pagefind.ts from opencc-js (Apache-2.0): core + the ${names.join('/')} dictionaries.`,
    readFileSync(join(openccLib(), 'core.js'), 'utf8'),
    ...(await Promise.all(names.map(dictionaryLine))),
    'const t2s = ConverterFactory([[TSPhrases, TSCharacters]]);',
    'const tw2s = ConverterBuilder({',
    '  from: { tw: [[TWVariantsRevPhrases, TWVariantsRev]] },',
    '  to: { cn: [[TSPhrases, TSCharacters]] },',
    '  configs: { tw2s: { segmentation: [TSPhrases], conversionChain: [[TWVariantsRevPhrases, TWVariantsRev], [TSPhrases, TSCharacters]] } },',
    "})({ from: 'tw', to: 'cn' });",
    '/** Traditional → simplified as the ingest converts (OpenCC tw→cn), word by word: a word without a traditional character is returned as it is (显著 資訊 → 显著 资讯). */',
    'export const toSimplified = (text) => text.split(/(\\s+)/u).map((word) => (t2s(word) === word ? word : tw2s(word))).join(\'\');',
    '',
  ].join('\n');
}

/** What the search step writes into the built site, relative to both the search folder and outDir. */
export const SEARCH_OUTPUTS = ['pagefind', join('scripts', 'opencc-t2cn.js')];

/**
 * What the search step's output depends on: the data files it reads, this script and the modules it
 * imports for labels, clause names and corrected runs, and the installed packages. A change elsewhere in the data
 * folder leaves the index as it is.
 * @returns file paths
 */
export function searchInputs(dataDir: string): string[] {
  const code = ['../src/lib/labels.ts', '../src/lib/clause-list.ts', '../src/lib/clause-spans.ts', '../src/lib/repair-notes.ts', '../src/schemas/provenance.ts', './knowledge/longest-match.ts'].map((path) => fileURLToPath(import.meta.resolve(path)));
  return [...SEARCH_DATA_FILES.map((name) => join(dataDir, name)), fileURLToPath(import.meta.url), ...code, 'package-lock.json'];
}

/**
 * Builds the index and the converter into `searchDir`, skipped when the data and this script are as
 * they were at its last run there. It reads only the open data, never the built pages, so it runs at
 * the same time as the Astro build (scripts/build.ts), which empties outDir when it starts.
 * @returns the number of documents indexed, or null when skipped
 */
export async function buildSearch(dataDir: string, searchDir: string): Promise<number | null> {
  const inputs = hashInputs(searchInputs(dataDir));
  const stamp = join(searchDir, '.inputs');
  if (isFresh(stamp, inputs) && SEARCH_OUTPUTS.every((p) => existsSync(join(searchDir, p)))) return null;
  // Only the index's own outputs: the open-data zip shares the folder and has its own stamp.
  rmSync(stamp, { force: true });
  for (const output of SEARCH_OUTPUTS) rmSync(join(searchDir, output), { recursive: true, force: true });
  const count = await writeSearchIndex(documentRecords(readOpenData(dataDir)), searchDir);
  mkdirSync(join(searchDir, 'scripts'), { recursive: true });
  writeFileSync(join(searchDir, 'scripts', 'opencc-t2cn.js'), await simplifierModule());
  await pagefind.close();
  writeStamp(stamp, inputs);
  return count;
}

/** @returns what the open-data zip depends on: the whole data folder, the modules that write it (its files' date comes from the catalogue), and the installed packages */
export function openDataZipInputs(dataDir: string): string[] {
  const code = ['../src/lib/open-data-zip.ts', '../src/lib/open-data-catalogue.ts'].map((path) => fileURLToPath(import.meta.resolve(path)));
  return [dataDir, ...code, 'package-lock.json'];
}

/**
 * Writes the open-data zip into `searchDir`, skipped when the data folder is as it was at its last run
 * there. Made here rather than in the ingest, which everything waits for; its deflate runs in Node's
 * zlib threads while Pagefind indexes.
 * @returns true when written, false when skipped
 */
export async function buildOpenDataZip(dataDir: string, searchDir: string): Promise<boolean> {
  const inputs = hashInputs(openDataZipInputs(dataDir));
  const stamp = join(searchDir, '.zip-inputs');
  if (isFresh(stamp, inputs) && existsSync(join(searchDir, OPEN_DATA_ZIP))) return false;
  rmSync(stamp, { force: true });
  mkdirSync(dirname(join(searchDir, OPEN_DATA_ZIP)), { recursive: true });
  await writeOpenDataZip(dataDir, join(searchDir, OPEN_DATA_ZIP));
  writeStamp(stamp, inputs);
  return true;
}

/** Copies the search folder's outputs and the open-data zip into the built site (after the Astro build, which empties outDir). */
export function installSearch(searchDir: string, outDir: string): void {
  for (const output of [...SEARCH_OUTPUTS, OPEN_DATA_ZIP]) {
    if (!existsSync(join(searchDir, output))) throw new Error(`${join(searchDir, output)} is missing: run node scripts/pagefind.ts first`);
    rmSync(join(outDir, output), { recursive: true, force: true });
    cpSync(join(searchDir, output), join(outDir, output), { recursive: true });
  }
}

/**
 * Waits (at most `limitMs`) until this process has no child left. pagefind.close() kills its indexing
 * process without waiting for it; exiting first would leave it unreaped, and its CPU time and memory
 * would then be missing from what `time` (and so the benchmark) reports for this step.
 */
async function childrenReaped(limitMs = 2000): Promise<void> {
  const childrenFiles = () => {
    try {
      return readdirSync('/proc/self/task').map((task) => join('/proc/self/task', task, 'children'));
    } catch {
      return []; // not Linux: nothing to wait for that anyone measures
    }
  };
  const hasChildren = () => childrenFiles().some((file) => existsSync(file) && readFileSync(file, 'utf8').trim() !== '');
  for (const started = Date.now(); hasChildren() && Date.now() - started < limitMs; ) await new Promise((done) => setTimeout(done, 10));
}

async function main(): Promise<void> {
  mkdirSync(paths.searchDir, { recursive: true });
  const [count, zipped] = await Promise.all([buildSearch(paths.dataDir, paths.searchDir), buildOpenDataZip(paths.dataDir, paths.searchDir)]);
  await childrenReaped();
  console.log(zipped ? `[pagefind] wrote ${join(paths.searchDir, OPEN_DATA_ZIP)}` : '[pagefind] open data unchanged since the last zip; skipped');
  console.log(
    count === null
      ? `[pagefind] data unchanged since the last index in ${paths.searchDir}; skipped`
      : `[pagefind] indexed ${count} documents into ${join(paths.searchDir, 'pagefind')}; wrote the converter into ${join(paths.searchDir, 'scripts')}`,
  );
  // Run on its own (not from scripts/build.ts): install into a site that is already built.
  if (process.argv.includes('--install')) {
    installSearch(paths.searchDir, paths.outDir);
    console.log(`[pagefind] copied into ${paths.outDir}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
