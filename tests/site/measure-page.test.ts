// The measure pages' data on the real corpus.
import { describe, expect, test } from 'vitest';
import { clauseById, measureById } from '../../src/lib/atlas.ts';
import { measureIndex, measurePage, measureWords } from '../../src/lib/measure-page.ts';

describe('measurePage', () => {
  const page = measurePage(measureById.get('pilot-zone')!);
  test('先导区: a column per province that uses it, in site order; Jiangxi does not', () => {
    expect(page.columns.map((c) => c.province.id)).toEqual(['jiangsu', 'anhui', 'guangdong', 'hubei', 'chongqing', 'gansu']);
    expect(page.absent.map((p) => p.id)).toEqual(['jiangxi']);
  });

  test('先导区: each column carries the targets of its clauses (Chongqing: 8-10个市级未来产业先导区)', () => {
    const chongqing = page.columns.find((c) => c.province.id === 'chongqing')!;
    expect(chongqing.targets.map((t) => t.text)).toContain('8-10个特色鲜明的市级未来产业先导区');
    for (const t of chongqing.targets) expect(chongqing.clauses.map((c) => c.id)).toContain(t.clauseId);
  });

  test('the words that signal it are found in each clause', () => {
    for (const col of page.columns) for (const c of col.clauses) expect(col.words.get(c.id)).toContain('先导区');
  });
});

describe('measureWords', () => {
  test('a regular-expression pattern finds the written form: 首台（套） in Jiangsu c24', () => {
    const c24 = clauseById.get('jiangsu-3yr-plan/c24')!;
    expect(measureWords('fiscal-tax', c24.text)).toEqual(expect.arrayContaining(['加计扣除', '首台（套）', '首批次']));
  });

  test('only words that occur: Jiangxi 三是 names 自创区, 科创城 but not 先导区', () => {
    const text = clauseById.get('jiangxi-six-actions-interpretation/s3-p4-e3')!.text;
    expect(measureWords('innovation-zone', text)).toEqual(expect.arrayContaining(['自创区', '科创城']));
    expect(measureWords('pilot-zone', text)).toEqual([]);
  });
});

test('measureIndex: most widely used first; the six-province instruments lead', () => {
  const index = measureIndex();
  expect(index[0]!.provinceCount).toBe(6);
  for (let i = 1; i < index.length; i++) expect(index[i]!.provinceCount).toBeLessThanOrEqual(index[i - 1]!.provinceCount);
  const pilot = index.find((r) => r.measure.id === 'pilot-zone')!;
  expect(pilot.counts.find((c) => c.province.id === 'chongqing')!.clauses).toBe(5);
});
