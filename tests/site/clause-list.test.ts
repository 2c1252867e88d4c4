// Capping clause lists and numbering their subpages.
import { describe, expect, test } from 'vitest';
import { clauses } from '../../src/lib/atlas.ts';
import { CARD_CAP, capGroup, pagerItems } from '../../src/lib/clause-list.ts';

describe('capGroup', () => {
  // 30 real clauses repeated under fake ids stand in for a province at corpus scale.
  const many = Array.from({ length: 130 }, (_, i) => ({ ...clauses[i % 30]!, id: `fake/${i}` }));

  test('over the cap: the first 12 in order, the rest counted', () => {
    const g = capGroup(many);
    expect(CARD_CAP).toBe(12);
    expect(g.shown.map((c) => c.id)).toEqual(many.slice(0, 12).map((c) => c.id));
    expect(g.more).toBe(118);
  });

  test('at or under the cap: everything shown, nothing more (12 clauses make no subpage)', () => {
    expect(capGroup(many.slice(0, 12))).toEqual({ shown: many.slice(0, 12), more: 0 });
    expect(capGroup(many.slice(0, 3), 5).more).toBe(0);
    expect(capGroup(many.slice(0, 13)).more).toBe(1);
  });
});

describe('pagerItems', () => {
  const base = '/sectors/general-ai/jiangsu/';

  test('page 1 is the base URL, page n is <base>n/ (as Astro paginate() writes them)', () => {
    const items = pagerItems(2, 3, base);
    expect(items).toEqual([
      { page: 1, href: base, current: false },
      { page: 2, href: `${base}2/`, current: true },
      { page: 3, href: `${base}3/`, current: false },
    ]);
  });

  test('many pages: first, last and two either side of the current one, gaps between', () => {
    const pages = (current: number, last: number) => pagerItems(current, last, base).map((i) => ('gap' in i ? '…' : i.current ? `[${i.page}]` : String(i.page)));
    expect(pages(1, 20)).toEqual(['[1]', '2', '3', '…', '20']);
    expect(pages(10, 20)).toEqual(['1', '…', '8', '9', '[10]', '11', '12', '…', '20']);
    expect(pages(19, 20)).toEqual(['1', '…', '17', '18', '[19]', '20']);
    // Up to nine pages are all listed.
    expect(pages(5, 9)).toEqual(['1', '2', '3', '4', '[5]', '6', '7', '8', '9']);
  });
});
