// The sector pages' data on the real corpus.
import { describe, expect, test } from 'vitest';
import { sectorById } from '../../src/lib/atlas.ts';
import { sectorIndex, sectorPage } from '../../src/lib/sector-page.ts';

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
