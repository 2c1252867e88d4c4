// The measure pages' data on the real corpus.
import { describe, expect, test } from 'vitest';
import { clauseById, measureById } from '../../src/lib/atlas.ts';
import { measureIndex, measurePage, measureProvinceLists, measureWords } from '../../src/lib/measure-page.ts';
import { clauses, measures, targetsByClause, type AtlasClause } from '../../src/lib/atlas.ts';
import { readDistPage } from './dist.ts';
import { targetsNaming } from '../../src/lib/target-scope.ts';

describe('measurePage', () => {
  const page = measurePage(measureById.get('pilot-zone')!);
  test('先导区: a column per province that uses it, in site order; Jiangxi does not', () => {
    expect(page.columns.map((c) => c.province.id)).toEqual(['jiangsu', 'anhui', 'guangdong', 'hubei', 'chongqing', 'gansu']);
    // The site holds only Jiangxi's 解读, not its plan: the page says where it looked, not that the policy lacks it.
    expect(page.absent).toEqual(['江西只收录了政策解读，其中未见']);
  });

  test('立法: where it is not found is said of each province as the site holds it', () => {
    // Anhui's 在全国率先立法 (roundup line 27) is the only use. Jiangsu is held in full; the others only as the
    // roundup's summary or, Jiangxi, as a 解读, which cannot show what their policies leave out.
    expect(measurePage(measureById.get('legislation')!).absent).toEqual([
      '江苏的政策文件中未见',
      '广东、湖北、重庆、甘肃只收录了新闻综述中的概述，其中未见',
      '江西只收录了政策解读，其中未见',
    ]);
  });

  test('先导区: each column carries the targets of its clauses (Chongqing: 8-10个市级未来产业先导区)', () => {
    const chongqing = page.columns.find((c) => c.province.id === 'chongqing')!;
    expect(chongqing.targets.map((t) => t.text)).toContain('8-10个特色鲜明的市级未来产业先导区');
    for (const t of chongqing.targets) expect(chongqing.clauses.map((c) => c.id)).toContain(t.clauseId);
  });

  test('the words that signal it are found in each clause shown', () => {
    for (const col of page.columns) for (const c of col.shown) expect(col.words.get(c.id)).toContain('先导区');
  });
});

describe('measureWords', () => {
  test('a regular-expression pattern finds the written form: 首台（套） in Jiangsu c24', () => {
    const c24 = clauseById.get('jiangsu-3yr-plan/c24')!;
    expect(measureWords('fiscal-tax', c24)).toEqual(expect.arrayContaining(['加计扣除', '首台（套）', '首批次']));
  });

  test('only words that occur: Jiangxi 三是 names 自创区, 科创城 but not 先导区', () => {
    const clause = clauseById.get('jiangxi-six-actions-interpretation/s3-p4-e3')!;
    expect(measureWords('innovation-zone', clause)).toEqual(expect.arrayContaining(['自创区', '科创城']));
    expect(measureWords('pilot-zone', clause)).toEqual([]);
  });

  test('the words are the tagger\'s evidence: every tag has some, each stands in the clause\'s text, and no word is evidence without a tag', () => {
    for (const clause of clauses) {
      expect(Object.keys(clause.tagWords.measures).sort(), clause.id).toEqual([...clause.measures].sort());
      expect(Object.keys(clause.tagWords.sectors).sort(), clause.id).toEqual([...clause.sectors].sort());
      for (const words of [...Object.values(clause.tagWords.measures), ...Object.values(clause.tagWords.sectors)]) {
        expect(words.length, clause.id).toBeGreaterThan(0);
        for (const w of words) expect(clause.text, `${clause.id} ${w}`).toContain(w);
      }
    }
    // 吸引一批未来产业领域的新型头部企业: a regular expression's whole match, as the tagger kept it.
    expect(measureWords('enterprise-tiers', clauseById.get('jiangsu-5x100-plan/c11')!)).toContain('吸引一批未来产业领域的新型头部企业');
  });
});

test('measureIndex: most widely used first; the six-province instruments lead', () => {
  const index = measureIndex();
  expect(index[0]!.provinceCount).toBe(6);
  for (let i = 1; i < index.length; i++) expect(index[i]!.provinceCount).toBeLessThanOrEqual(index[i - 1]!.provinceCount);
  const pilot = index.find((r) => r.measure.id === 'pilot-zone')!;
  expect(pilot.counts.find((c) => c.province.id === 'chongqing')!.clauses).toBe(5);
});

describe('capped columns and their subpages', () => {
  test('应用场景: Jiangsu uses it in 13 clauses; the column shows 12, counts the targets stated with it in all 13, and links the other 1', () => {
    const jiangsu = measurePage(measureById.get('application-scenario')!).columns.find((c) => c.province.id === 'jiangsu')!;
    expect(jiangsu.clauses).toHaveLength(13);
    expect(jiangsu.shown).toEqual(jiangsu.clauses.slice(0, 12));
    expect(jiangsu.more).toBe(1);
    expect(jiangsu.allHref).toBe('/measures/application-scenario/jiangsu/');
    // The count in the column head is over all 13 clauses, not only those shown; a clause's other targets (the 5个100
    // 解读's 100项前沿技术 beside its 100个应用场景) are not the instrument's.
    const stated = (c: AtlasClause) => targetsNaming(c, targetsByClause.get(c.id) ?? [], measureWords('application-scenario', c)).naming;
    expect(jiangsu.targets.map((t) => t.id)).toEqual(jiangsu.clauses.flatMap((c) => stated(c).map((t) => t.id)));
    expect(jiangsu.targets.map((t) => t.text)).toContain('100个应用场景');
    expect(jiangsu.targets.map((t) => t.text)).not.toContain('100项前沿技术');
    // The 13th clause, not shown, holds the 解读's 100个前沿技术应用场景: counted all the same.
    expect(jiangsu.targets.filter((t) => !jiangsu.shown.some((c) => c.id === t.clauseId)).map((t) => t.text)).toEqual(['100个前沿技术应用场景']);
  });

  test('subpages exist exactly for the columns over the cap (12, and a cap of 4)', () => {
    for (const cap of [12, 4]) {
      const expected = measures.flatMap((m) => Object.entries(m.clausesByProvince).filter(([, ids]) => ids.length > cap).map(([p]) => `${m.id}/${p}`)).sort();
      const lists = measureProvinceLists(cap);
      expect(lists.map((l) => `${l.params.id}/${l.params.province}`).sort()).toEqual(expected);
      for (const l of lists) expect(l.clauses.map((c) => c.id)).toEqual(l.measure.clausesByProvince[l.province.id]);
    }
    expect(measureProvinceLists().map((l) => `${l.params.id}/${l.params.province}`)).toContain('application-scenario/jiangsu');
  });
});

test('a clause about several provinces at once is not lost: measures.json keeps it under multi, and the measure page names it', () => {
  const opening = 'pilot-zones-roundup-2024/p2';
  const tagged = measures.filter((m) => clauseById.get(opening)!.measures.includes(m.id));
  expect(tagged.map((m) => m.id).sort()).toEqual(['industry-cluster', 'innovation-zone', 'pilot-zone']);
  for (const m of tagged) {
    expect(m.clausesByProvince.multi).toEqual([opening]);
    expect(measurePage(m).acrossProvinces.map((c) => c.id)).toEqual([opening]);
    expect(readDistPage(`/measures/${m.id}/`)).toContain(`href="/documents/pilot-zones-roundup-2024/#p2"`);
  }
  // Every tagged clause is in its measure's lists, under a province or multi.
  for (const m of measures) expect(Object.values(m.clausesByProvince).flat().sort()).toEqual(clauses.filter((c) => c.measures.includes(m.id)).map((c) => c.id).sort());
});
