// Long lists of clause cards on the sector, measure and department pages: a few cards in place, the rest on
// paginated subpages (full clause text lives on the document reader, so the lists stay light as the corpus grows).

/** Cards shown in place per province (sector, measure pages) or per role (department pages). */
export const CARD_CAP = 12;
/** Cards per subpage. */
export const PAGE_SIZE = 50;

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
  const href = (page: number) => (page === 1 ? base : `${base}${page}/`);
  const wanted = new Set([1, last, ...[-2, -1, 0, 1, 2].map((d) => current + d)].filter((p) => p >= 1 && p <= last));
  const pages = last <= 9 ? Array.from({ length: last }, (_, i) => i + 1) : [...wanted].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  pages.forEach((page, i) => {
    if (i > 0 && page - pages[i - 1]! > 1) items.push({ gap: true });
    items.push({ page, href: href(page), current: page === current });
  });
  return items;
}
