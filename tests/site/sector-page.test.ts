// The sector pages' data on the real corpus.
import { describe, expect, test } from 'vitest';
import { sectorById, targetsByClause } from '../../src/lib/atlas.ts';
import { sectorIndex, sectorPage, sectorProvinceLists } from '../../src/lib/sector-page.ts';
import { sectorsFile } from '../../src/lib/atlas.ts';
import { readDistPage } from './dist.ts';

describe('sectorPage', () => {
  test('通用智能: four provinces list it; Gansu writes 人工智能 under its own 未来制造 group', () => {
    const page = sectorPage(sectorById.get('general-ai')!);
    expect(page.priorityProvinces.map((p) => p.short)).toEqual(['江苏', '安徽', '广东', '甘肃']);
    expect(page.priorities.find((p) => p.province.id === 'gansu')).toMatchObject({ as: '人工智能', group: '未来制造', line: 47 });
    // The words to mark include every written form: the vocabulary's aliases and the provinces' own words.
    expect(page.terms).toEqual(expect.arrayContaining(['通用智能', '通用人工智能', '人工智能']));
  });

  test('通用智能: clauses grouped by province in site order, Jiangsu first, each clause really tagged', () => {
    const page = sectorPage(sectorById.get('general-ai')!);
    expect(page.groups.map((g) => g.province.id)).toEqual(['jiangsu', 'anhui', 'guangdong', 'gansu']);
    for (const g of page.groups) for (const c of g.clauses) {
      expect(c.sectors).toContain('general-ai');
      expect(c.province).toBe(g.province.id);
    }
    expect(page.groups[0]!.clauses.some((c) => c.id === 'jiangsu-5x100-plan/s1-g1')).toBe(true);
  });

  test('人形机器人: Jiangsu writes 类人机器人 in the plan and 人形机器人 in the cluster list', () => {
    const page = sectorPage(sectorById.get('humanoid-robots')!);
    expect(page.priorities.map((p) => p.as)).toEqual(['类人机器人', '人形机器人']);
    expect(page.direction!.name).toBe('未来制造');
  });

  test('量子科技: its clauses carry targets, but none set for it alone, so the page says it has none', () => {
    const page = sectorPage(sectorById.get('quantum')!);
    // 在人工智能、量子科技、合成生物、元宇宙等未来产业领域推进100项前沿技术 (5个100 plan): one target for several fields.
    const clauses = page.groups.flatMap((g) => g.clauses);
    const withTargets = clauses.filter((c) => (targetsByClause.get(c.id)?.length ?? 0) > 0);
    expect(withTargets.length).toBeGreaterThan(0);
    expect(withTargets.some((c) => c.text.includes('量子科技、合成生物、元宇宙等未来产业领域推进100项前沿技术'))).toBe(true);
    expect(page.targets).toEqual([]);
    const html = readDistPage('/sectors/quantum/');
    expect(html).toMatch(/16条条款提及，收录文本中没有专就本领域而定的量化目标。各省全部量化目标见<a href="\/compare\/"[^>]*>目标对比<\/a>。/u);
  });

  test('人形机器人 points to the other fields of 未来制造, 机器人 among them (Gansu, roundup line 47)', () => {
    const page = sectorPage(sectorById.get('humanoid-robots')!);
    expect(page.siblings.map((s) => s.name)).toContain('机器人');
    expect(page.siblings.every((s) => s.parent === 'future-manufacturing' && s.id !== 'humanoid-robots')).toBe(true);
    expect(readDistPage('/sectors/humanoid-robots/')).toMatch(/同属未来制造的领域：<\/span>[^]*?<a href="\/sectors\/robotics\/"[^>]*>机器人<\/a>/u);
    // A direction has fields instead, not siblings.
    expect(sectorPage(sectorById.get('future-manufacturing')!).siblings).toEqual([]);
  });

  test('a direction lists its fields and has no direction above it', () => {
    const page = sectorPage(sectorById.get('future-space')!);
    expect(page.isDirection).toBe(true);
    expect(page.direction).toBeNull();
    expect(page.fields.map((f) => f.name)).toEqual(['深海深地空天', '低空经济', '商业航天']);
  });

  test('a field no province lists (类脑智能) says so: no priorities, one Jiangsu clause', () => {
    const page = sectorPage(sectorById.get('brain-inspired-intelligence')!);
    expect(page.priorities).toEqual([]);
    expect(page.groups.map((g) => [g.province.id, g.clauses.length])).toEqual([['jiangsu', 1]]);
  });
});

test('sectorIndex: the six MIIT directions in order, each with its fields', () => {
  const index = sectorIndex();
  expect(index.map((d) => d.sector.name)).toEqual(['未来制造', '未来信息', '未来材料', '未来能源', '未来空间', '未来健康']);
  const energy = index.find((d) => d.sector.name === '未来能源')!;
  expect(energy.fields.find((f) => f.sector.name === '氢能')!.priorityOf.map((p) => p.short)).toEqual(['江苏', '甘肃']);
});

describe('capped province groups and their subpages', () => {
  test('通用智能: Jiangsu has 15 clauses, the page shows 12 and links the other 3 to /sectors/general-ai/jiangsu/', () => {
    const jiangsu = sectorPage(sectorById.get('general-ai')!).groups.find((g) => g.province.id === 'jiangsu')!;
    expect(jiangsu.clauses).toHaveLength(15);
    expect(jiangsu.shown.map((c) => c.id)).toEqual(jiangsu.clauses.slice(0, 12).map((c) => c.id));
    expect(jiangsu.more).toBe(3);
    expect(jiangsu.allHref).toBe('/sectors/general-ai/jiangsu/');
  });

  test('a smaller cap caps every group (通用智能 with 3 a province: Guangdong 8 → 3 shown, 5 more)', () => {
    const page = sectorPage(sectorById.get('general-ai')!, 3);
    for (const g of page.groups) {
      expect(g.shown).toEqual(g.clauses.slice(0, 3));
      expect(g.more).toBe(Math.max(0, g.clauses.length - 3));
    }
    expect(page.groups.find((g) => g.province.id === 'guangdong')!.more).toBe(5);
    expect(page.clauseCount).toBe(page.groups.reduce((n, g) => n + g.clauses.length, 0));
  });

  test('subpages exist exactly for the groups over the cap, listing all their clauses', () => {
    const over = (cap: number) =>
      sectorsFile.sectors.flatMap((s) => Object.entries(s.clausesByProvince).filter(([, ids]) => ids.length > cap).map(([p]) => `${s.id}/${p}`)).sort();
    for (const cap of [12, 5]) {
      const lists = sectorProvinceLists(cap);
      expect(lists.map((l) => `${l.params.id}/${l.params.province}`).sort()).toEqual(over(cap));
      for (const l of lists) expect(l.clauses.map((c) => c.id)).toEqual(l.sector.clausesByProvince[l.province.id]);
    }
    expect(sectorProvinceLists().map((l) => `${l.params.id}/${l.params.province}`)).toEqual(expect.arrayContaining(['general-ai/jiangsu', 'third-generation-semiconductors/jiangsu']));
  });
});

test('a sector page says its other names are the site’s grouping, not the texts’ spellings: 通用智能 gathers 人工智能 and 大模型', () => {
  const text = readDistPage('/sectors/general-ai/').replace(/<[^>]+>/gu, '');
  expect(text).toContain('本站把这些写法也归入此领域：通用人工智能、人工智能、大模型');
  expect(text).not.toContain('也写作');
});

test('Zhuhai’s 深海空间, as the erratum corrects it (roundup line 35), is a 深海深地空天 clause', () => {
  const text = readDistPage('/sectors/deep-sea-earth-space/').replace(/<[^>]+>/gu, '');
  expect(text).toContain('广东省');
  expect(text).toContain('编辑说明：第35行原文“深??臻g”更正为“深海空间”');
});

test('a direction counts the clauses naming it and, apart, those of its fields too: 未来信息 is named twice, its fields 30 more times', () => {
  const info = sectorIndex().find((d) => d.sector.id === 'future-information')!;
  expect(info.clauses).toBe(2);
  const all = new Set([info.sector, ...sectorsFile.sectors.filter((s) => s.parent === 'future-information')].flatMap((s) => Object.values(s.clausesByProvince).flat()));
  expect(info.withFields).toBe(all.size);
  expect(info.withFields).toBeGreaterThan(info.fields.find((f) => f.sector.id === 'general-ai')!.clauses);
  expect(readDistPage('/sectors/').replace(/<[^>]+>/gu, '')).toContain(`未来信息直接提及2条，连同下设领域共${all.size}条`);
});

test('a priority’s line is named by the text it is quoted from: Anhui’s 空天信息 is the roundup’s line 28, not the 决定’s', () => {
  const row = readDistPage('/sectors/commercial-space/').replace(/<[^>]+>/gu, '').replace(/\s+/gu, ' ');
  expect(row).toContain('安徽省写作“空天信息”《安徽省人民代表大会常务委员会关于加快培育发展未来产业的决定》 · 先导区新闻综述第28行');
  expect(readDistPage('/sectors/humanoid-robots/').replace(/<[^>]+>/gu, '')).toContain('《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》 · 三年行动方案第18行');
});
