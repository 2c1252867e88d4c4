// Long lists of clauses on the sector, measure and department pages: a few excerpt cards in place, all of them on
// paginated subpages as a compact index (title and opening words a clause, grouped by document). Full clause text
// lives on the document reader, so the lists stay light as the corpus grows.
import type { AtlasClause } from './atlas.ts';
import { headingEnd } from './clause-spans.ts';
import { clauseNumber } from './labels.ts';

/** Cards shown in place per province (sector, measure pages) or per role (department pages). */
export const CARD_CAP = 12;
/** Index rows per subpage. */
export const PAGE_SIZE = 200;
/** Characters of a clause's opening words an index row shows. */
export const LEAD_LENGTH = 60;
/** Characters of opening words that name a clause without a heading in a link (related clauses, compare cells). */
export const NAME_LENGTH = 14;

/** A group's cards in place, and how many more its subpage holds. */
export interface CappedGroup<T> {
  shown: T[];
  /** How many are not shown in place (0: no subpage). */
  more: number;
}

/**
 * @param items a group's clauses, in order
 * @param cap how many to show in place
 * @returns the first `cap` and the count of the rest
 */
export function capGroup<T>(items: T[], cap = CARD_CAP): CappedGroup<T> {
  return { shown: items.slice(0, cap), more: Math.max(0, items.length - cap) };
}

/** One entry of a page navigation: a page link, or a gap standing for skipped page numbers. */
export type PagerItem = { page: number; href: string; current: boolean } | { gap: true };

/**
 * The page numbers a subpage navigation lists: all of them when there are few, else the first, the last and
 * two either side of the current one, with gaps between.
 * @param current the current page (1-based)
 * @param last the last page
 * @param base the first page's URL, ending in `/` (page n > 1 is `<base><n>/`, as Astro's paginate() writes them)
 * @returns the links, in order
 */
export function pagerItems(current: number, last: number, base: string): PagerItem[] {
  const href = (page: number) => pageHref(base, page);
  const wanted = new Set([1, last, ...[-2, -1, 0, 1, 2].map((d) => current + d)].filter((p) => p >= 1 && p <= last));
  const pages = last <= 9 ? Array.from({ length: last }, (_, i) => i + 1) : [...wanted].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  pages.forEach((page, i) => {
    if (i > 0 && page - pages[i - 1]! > 1) items.push({ gap: true });
    items.push({ page, href: href(page), current: page === current });
  });
  return items;
}

/**
 * A clause's title where its text is shown beside it (cards, index rows): its printed number and heading, or, for a
 * clause without a printed heading (a digest paragraph, a preamble), where it stands: the section it is under and its
 * source line, since the text beside it already gives its opening words.
 * @param clause the clause
 * @param section the printed heading of the section it stands in (sectionLabelOf in atlas.ts), if any
 * @returns e.g. `3.加速创新成果转化`, `三、框架内容 · 原文第39行`, `一是 原文第12行`, `一、思路目标 · 原文第13–15行`
 */
export function clauseTitle(clause: Pick<AtlasClause, 'label' | 'heading' | 'source'>, section: string | null = null): string {
  const number = clauseNumber(clause.label);
  if (clause.heading) return `${number}${clause.heading}`;
  return `${section ? `${section} · ` : ''}${number ? `${number} ` : ''}原文${sourceLines(clause.source)}`;
}

/**
 * Where a citation locates a clause: its number and heading with its source lines, or, without a printed heading,
 * its source lines and quoted opening words (a bare 三是 repeats under every action of a document).
 * @param clause the clause
 * @param section the printed section it stands in, for a number the document uses twice (the 5个100 plan's tasks and
 *   its 保障措施 both start at 1.)
 * @returns e.g. `3.加速创新成果转化（原文第22行）`, `三、保障措施 · 1.加强组织推进（原文第83行）`,
 *   `原文第39行“三是构建各具特色的创新高地，发挥鄱阳湖…”`
 */
export function clauseLocator(clause: Pick<AtlasClause, 'label' | 'heading' | 'text' | 'source'>, section: string | null = null): string {
  const lines = `原文${sourceLines(clause.source)}`;
  const within = section ? `${section} · ` : '';
  if (!clause.heading) return `${within}${lines}“${clauseName(clause, 20)}”`;
  return `${within}${clauseNumber(clause.label)}${clause.heading}（${lines}）`;
}

/**
 * @param source a clause's place in its source file
 * @returns its lines in words: `第22行`, `第13–15行`
 */
export function sourceLines(source: Pick<AtlasClause['source'], 'startLine' | 'endLine'>): string {
  return source.startLine === source.endLine ? `第${source.startLine}行` : `第${source.startLine}–${source.endLine}行`;
}

/**
 * A clause's name where its text is not shown (links, search results, the compare page, CSV): its printed number
 * and heading, or, without a printed heading, its opening words (which hold its printed number, if any), cut (never
 * changed) with an ellipsis. Several such clauses often sit in one document, so a line number or the document's
 * title would name them alike.
 * @param clause the clause
 * @param length how many characters (code points) of opening words at most
 * @returns e.g. `3.加速创新成果转化`, `二是推进关键核心技术攻关，…`
 */
export function clauseName(clause: Pick<AtlasClause, 'label' | 'heading' | 'text'>, length: number): string {
  if (clause.heading) return `${clauseNumber(clause.label)}${clause.heading}`;
  const lead = clauseLead(clause, length);
  return lead.cut ? `${lead.text}…` : lead.text;
}

/**
 * The opening words of a clause after its heading, cut (never changed) to a length.
 * @param clause the clause
 * @param length how many characters (code points) at most
 * @returns the words, and whether the text goes on after them
 */
export function clauseLead(clause: Pick<AtlasClause, 'text' | 'heading'>, length = LEAD_LENGTH): { text: string; cut: boolean } {
  const rest = clause.text.slice(headingEnd(clause)).trimStart();
  // Walks code points only as far as needed: spreading a long clause into an array cost 0.2 s a 100x build.
  let end = 0;
  let count = 0;
  for (const char of rest) {
    if (count === length) return { text: rest.slice(0, end), cut: true };
    end += char.length;
    count++;
  }
  return { text: rest, cut: false };
}

/**
 * @param base a paginated list's first page URL, ending in `/`
 * @param page a page number (1-based)
 * @returns that page's URL, as Astro's paginate() writes it
 */
export function pageHref(base: string, page: number): string {
  return page === 1 ? base : `${base}${page}/`;
}

/**
 * What a paginated list page says about where it is, when the list has more than one page.
 * @param page Astro's page (1-based current and last page, 0-based start and end item)
 * @param unit the counting word of the listed things: 条 for clauses, 份 for documents
 * @returns a title suffix `（第2页，共3页）` and a phrase `，这一页列出第201–400条`, or empty strings
 */
export function listPageWording(page: { currentPage: number; lastPage: number; start: number; end: number }, unit = '条'): { titleSuffix: string; range: string } {
  if (page.lastPage <= 1) return { titleSuffix: '', range: '' };
  return { titleSuffix: `（第${page.currentPage}页，共${page.lastPage}页）`, range: `，这一页列出第${page.start + 1}–${page.end + 1}${unit}` };
}

/** A run of consecutive clauses of one document. */
export interface DocumentRun<T> {
  documentId: string;
  items: T[];
}

/**
 * Groups consecutive items of one document, keeping their order (a document met again later starts a new run).
 * @param items clauses, in list order
 * @returns the runs, in order; their items, joined, are `items`
 */
export function documentRuns<T extends { documentId: string }>(items: T[]): DocumentRun<T>[] {
  const runs: DocumentRun<T>[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last?.documentId === item.documentId) last.items.push(item);
    else runs.push({ documentId: item.documentId, items: [item] });
  }
  return runs;
}
