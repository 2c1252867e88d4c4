// Capping clause lists and numbering their subpages.
import { describe, expect, test } from 'vitest';
import { clauseById, clauses, sectionLabelOf } from '../../src/lib/atlas.ts';
import { CARD_CAP, LEAD_LENGTH, PAGE_SIZE, capGroup, clauseLead, clauseName, clauseTitle, documentRuns, listPageWording, pagerItems } from '../../src/lib/clause-list.ts';

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

describe('listPageWording', () => {
  test('a list of one page says nothing about pages; page 2 of 3 (items 200–399) says where it is', () => {
    expect(listPageWording({ currentPage: 1, lastPage: 1, start: 0, end: 12 })).toEqual({ titleSuffix: '', range: '' });
    expect(listPageWording({ currentPage: 2, lastPage: 3, start: 200, end: 399 })).toEqual({ titleSuffix: '（第2页，共3页）', range: '，这一页列出第201–400条' });
    // The document index counts documents: the last of its 8 pages at 100× the corpus.
    expect(listPageWording({ currentPage: 8, lastPage: 8, start: 1400, end: 1477 }, '份').range).toBe('，这一页列出第1401–1478份');
  });
});

describe('the compact index on subpages', () => {
  const clause = (id: string) => clauseById.get(id)!;

  test('200 clauses a subpage, 60 characters of opening words a row', () => {
    expect(PAGE_SIZE).toBe(200);
    expect(LEAD_LENGTH).toBe(60);
  });

  test('clauseTitle: number and heading; a clause without heading by its source line, after its number if it has one', () => {
    expect(clauseTitle(clause('jiangsu-3yr-plan/c3'))).toBe('3.加速创新成果转化');
    // A goal bullet (label ——) has no number.
    expect(clauseTitle(clause('jiangsu-5x100-plan/s1-g1'))).toBe('突破100项前沿技术');
    expect(clauseTitle(clause('jiangsu-3yr-plan/p3'))).toBe(`原文第${clause('jiangsu-3yr-plan/p3').source.startLine}行`);
    const e2 = clause('jiangxi-six-actions-interpretation/s3-p2-e2');
    expect(e2.heading).toBe('');
    expect(clauseTitle(e2)).toBe(`二是 原文第${e2.source.startLine}行`);
  });

  test('clauseTitle with its section: a clause without heading says which printed section it stands in', () => {
    const titled = (id: string) => clauseTitle(clause(id), sectionLabelOf(clause(id)));
    expect(titled('jiangxi-six-actions-interpretation/s3-p3')).toBe('三、框架内容 · 原文第37行');
    expect(titled('jiangxi-six-actions-interpretation/s3-p2-e2')).toBe(`三、框架内容 · 二是 原文第${clause('jiangxi-six-actions-interpretation/s3-p2-e2').source.startLine}行`);
    expect(titled('jiangsu-5x100-interpretation/s1-p1')).toBe('一、《行动方案》起草背景 · 原文第17行');
    expect(titled('pilot-zones-roundup-2024/chongqing-p3')).toBe('重庆市 · 原文第23行');
    // Before the first section (a preamble; the roundup's opening paragraph, which is about Anhui but stands
    // above 重庆市, its first heading), and a clause with its own heading, as before.
    expect(titled('jiangsu-3yr-plan/p3')).toBe('原文第18行');
    expect(titled('pilot-zones-roundup-2024/p1')).toBe('原文第18行');
    expect(titled('jiangsu-3yr-plan/c3')).toBe('3.加速创新成果转化');
    // A paragraph a page break split names every line it stands on, as its 原文 link does.
    expect(titled('jiangsu-5x100-plan/s1-p2')).toBe('一、思路目标 · 原文第13–15行');
  });

  test('clauseName: number and heading; a clause without heading by its opening words, its printed number included', () => {
    expect(clauseName(clause('jiangsu-3yr-plan/c3'), 20)).toBe('3.加速创新成果转化');
    expect(clauseName(clause('jiangsu-5x100-plan/s1-g1'), 20)).toBe('突破100项前沿技术');
    // The 二是 item begins with its number; the name does not repeat it.
    expect(clauseName(clause('jiangxi-six-actions-interpretation/s3-p2-e2'), 14)).toBe('二是明确到2025年，建设全…');
    // Short enough: whole, no ellipsis.
    const p = clause('jiangsu-3yr-plan/p3');
    expect(clauseName(p, 1000)).toBe(p.text);
    for (const c of clauses) {
      const name = clauseName(c, 20);
      if (!c.heading) expect(c.text.startsWith(name.replace(/…$/u, '')), c.id).toBe(true);
      expect([...name.replace(/…$/u, '')].length, c.id).toBeLessThanOrEqual(c.heading ? Infinity : 20);
    }
  });

  test('clauseLead: the text after the heading and its full stop, cut at 60 characters, never changed', () => {
    const c3 = clause('jiangsu-3yr-plan/c3');
    expect(c3.text.startsWith('3.加速创新成果转化。')).toBe(true);
    const lead = clauseLead(c3);
    expect(lead.cut).toBe(true);
    expect([...lead.text]).toHaveLength(60);
    expect(c3.text.slice('3.加速创新成果转化。'.length).startsWith(lead.text)).toBe(true);
    expect(lead.text.startsWith('实施未来产业孵化与加速计划')).toBe(true);
    // A clause shorter than the cut is shown whole, without an ellipsis.
    const p1 = clause('jiangsu-3yr-plan/p1');
    expect(clauseLead(p1)).toEqual({ text: p1.text, cut: false });
    expect(clauseLead(c3, 5)).toEqual({ text: '实施未来产', cut: true });
  });

  test('clauseLead: every real clause gives a verbatim piece of its text, cut only when the text goes on', () => {
    for (const c of clauses) {
      const { text, cut } = clauseLead(c);
      expect(c.text, c.id).toContain(text);
      expect(text.length, c.id).toBeGreaterThan(0);
      expect([...text].length, c.id).toBeLessThanOrEqual(60);
      expect(cut, c.id).toBe(!c.text.endsWith(text));
    }
  });

  test('clauseLead counts characters, not UTF-16 units: a rare character outside the BMP is never split', () => {
    const rare = { heading: '', text: '𠀀'.repeat(70) };
    const { text, cut } = clauseLead(rare);
    expect(text).toBe('𠀀'.repeat(60));
    expect(cut).toBe(true);
  });

  test('documentRuns: consecutive clauses of one document together, order kept, a document met again starts a new run', () => {
    const a = clauses.filter((c) => c.documentId === 'jiangsu-3yr-plan').slice(0, 3);
    const b = clauses.filter((c) => c.documentId === 'jiangsu-5x100-plan').slice(0, 2);
    const items = [a[0]!, a[1]!, b[0]!, b[1]!, a[2]!];
    const runs = documentRuns(items);
    expect(runs.map((r) => [r.documentId, r.items.map((c) => c.id)])).toEqual([
      ['jiangsu-3yr-plan', [a[0]!.id, a[1]!.id]],
      ['jiangsu-5x100-plan', [b[0]!.id, b[1]!.id]],
      ['jiangsu-3yr-plan', [a[2]!.id]],
    ]);
    expect(runs.flatMap((r) => r.items)).toEqual(items);
    expect(documentRuns([])).toEqual([]);
  });
});
