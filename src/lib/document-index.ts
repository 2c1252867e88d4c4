// The document index (/documents/): every document the atlas knows, grouped by kind (full texts first, then those known
// only by reference) and newest first within a kind, in pages of DOCUMENTS_PAGE_SIZE, by year within a kind. A jump
// list names each kind, so a reader narrows the list to 解读 or to what the atlas only cites without any script.
// The feed keeps one list newest first (documentIndex).
import { clausesByDocument, documentById, documents, provinces, targets, KIND_LABEL, KIND_ORDER, type AtlasDocument } from './atlas.ts';
import { pageHref } from './clause-list.ts';
import { NATIONAL, PROVINCE_NAME } from './labels.ts';
import { documentDescription, issuerOf } from './document-summary.ts';

/** Documents a page: at 100× the corpus (1 478 documents) one page would be about 450 KB of HTML. */
export const DOCUMENTS_PAGE_SIZE = 200;

/** One row of the index. */
export interface DocumentRow {
  document: AtlasDocument;
  kindLabel: string;
  href: string;
  /** Who issued it, as written; the publisher when no issuer is printed. */
  issuer: string;
  /** The province, the provinces of a digest's sections, or 全国. */
  provinceNames: string;
  /** `23条条款 · 12项目标`, or for a document known only by reference, where it is named. */
  detail: string;
  /** `2024年`, or `日期未知`: the group the row falls in. */
  year: string;
  /** For a 解读, the plan it explains (documents.json interprets). */
  interprets: AtlasDocument | null;
}

const targetCount = Map.groupBy(targets, (t) => t.documentId);

/** @returns a document's provinces in the site's order: its own, or those of a digest's sections; none for a national one */
function provincesOf(document: AtlasDocument) {
  return provinces.filter((p) => p.id === document.province || document.provinces.includes(p.id));
}

/** @returns the provinces a row names: a document's own by full name, a digest's by short names, or 全国 */
function provinceNamesOf(document: AtlasDocument): string {
  if (document.province) return PROVINCE_NAME[document.province] ?? document.province;
  return provincesOf(document).map((p) => p.short).join('、') || NATIONAL;
}

function detailOf(document: AtlasDocument): string {
  if (document.source === null) {
    const from = document.knownFrom ? documentById.get(document.knownFrom.documentId) : undefined;
    return from ? `本站无全文，见于《${from.title}》` : '本站无全文';
  }
  const clauses = clausesByDocument.get(document.id)?.length ?? 0;
  const targetsOf = targetCount.get(document.id)?.length ?? 0;
  return `${clauses}条条款 · ${targetsOf}项目标`;
}

/**
 * Every document, newest first; those without a date last, then by title.
 * @returns the rows of the index
 */
export function documentIndex(): DocumentRow[] {
  // One collator for the sort: localeCompare with a locale builds one per call.
  const byTitle = new Intl.Collator('zh-CN').compare;
  const byDate = (a: AtlasDocument, b: AtlasDocument) =>
    (a.date === null) !== (b.date === null) ? (a.date === null ? 1 : -1) : (b.date ?? '').localeCompare(a.date ?? '') || byTitle(a.title, b.title);
  return [...documents].sort(byDate).map((document) => ({
    document,
    kindLabel: KIND_LABEL[document.kind] ?? document.kind,
    href: `/documents/${document.id}/`,
    issuer: issuerOf(document),
    provinceNames: provinceNamesOf(document),
    detail: detailOf(document),
    year: document.date ? `${document.date.slice(0, 4)}年` : '日期未知',
    // documents.json's own field, as the document page reads it.
    interprets: document.interprets ? documentById.get(document.interprets) ?? null : null,
  }));
}

/** @returns every row of the index, grouped by kind in KIND_ORDER, newest first within a kind (as documentIndex) */
export function documentIndexByKind(): DocumentRow[] {
  const rows = documentIndex();
  return KIND_ORDER.flatMap((kind) => rows.filter((row) => row.document.kind === kind));
}

/** One kind's rows on one page, by year. */
export interface KindRun {
  kind: string;
  label: string;
  /** The heading's anchor, which the jump list links to: `kind-plan`. */
  anchor: string;
  years: Array<{ year: string; rows: DocumentRow[] }>;
}

const kindAnchor = (kind: string) => `kind-${kind}`;

/**
 * @param rows one page's rows, in documentIndexByKind order
 * @returns consecutive rows of one kind as a group, each by year
 */
export function kindRuns(rows: DocumentRow[]): KindRun[] {
  const runs: Array<{ kind: string; rows: DocumentRow[] }> = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last?.kind === row.document.kind) last.rows.push(row);
    else runs.push({ kind: row.document.kind, rows: [row] });
  }
  return runs.map((run) => ({ kind: run.kind, label: KIND_LABEL[run.kind] ?? run.kind, anchor: kindAnchor(run.kind), years: yearRuns(run.rows) }));
}

/**
 * The jump list over the kinds: each kind's count, linking to its heading, on the page where its rows start.
 * @param currentPage the page the list stands on (1-based)
 * @returns one entry per kind the atlas has, in KIND_ORDER
 */
export function kindJumps(currentPage: number): Array<{ kind: string; label: string; count: number; href: string }> {
  const rows = documentIndexByKind();
  return KIND_ORDER.flatMap((kind) => {
    const first = rows.findIndex((row) => row.document.kind === kind);
    if (first === -1) return [];
    const page = Math.floor(first / DOCUMENTS_PAGE_SIZE) + 1;
    return [{
      kind,
      label: KIND_LABEL[kind]!,
      count: rows.filter((row) => row.document.kind === kind).length,
      href: `${page === currentPage ? '' : pageHref('/documents/', page)}#${kindAnchor(kind)}`,
    }];
  });
}

/**
 * @param rows one page's rows, in order
 * @returns consecutive rows of one year as a group
 */
export function yearRuns(rows: DocumentRow[]): Array<{ year: string; rows: DocumentRow[] }> {
  const runs: Array<{ year: string; rows: DocumentRow[] }> = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last?.year === row.year) last.rows.push(row);
    else runs.push({ year: row.year, rows: [row] });
  }
  return runs;
}

/** @returns how many documents have full text (or a section) here, and how many are known only by reference */
export function documentCounts(): { fullText: number; referenced: number } {
  const referenced = documents.filter((d) => d.source === null).length;
  return { fullText: documents.length - referenced, referenced };
}

/** @returns a document's provinces by full name, or 全国 */
function categoryNames(document: AtlasDocument): string[] {
  const names = provincesOf(document).map((p) => p.name);
  return names.length > 0 ? names : [NATIONAL];
}

/** How many documents the feed lists: the newest, as feed readers only show recent items. */
export const FEED_SIZE = 100;

/**
 * The RSS feed's items: the newest documents with a known date, each described as its page is.
 * @returns title, link, publication date and description of each, newest first
 */
export function feedItems(): Array<{ title: string; link: string; pubDate?: Date; description: string; categories: string[] }> {
  // The texts the site holds, undated ones last and without a date (the 5个100 plan): a title known only because a
  // text names it is no text a subscriber can read here.
  const held = documentIndex().filter((row) => row.document.kind !== 'referenced');
  return [...held.filter((row) => row.document.date !== null), ...held.filter((row) => row.document.date === null)]
    .slice(0, FEED_SIZE)
    .map((row) => ({
      title: row.document.title,
      link: row.href,
      ...(row.document.date && { pubDate: new Date(`${row.document.date}T00:00:00+08:00`) }),
      description: documentDescription(row.document, clausesByDocument.get(row.document.id) ?? []),
      // Full province names in the site's order, as a reader would filter by them (the index row shortens a digest's).
      categories: [row.kindLabel, ...categoryNames(row.document)],
    }));
}
