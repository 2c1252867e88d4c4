// Which targets a sector or measure page lists as its own, on the real clauses (src/lib/target-scope.ts).
import { describe, expect, test } from 'vitest';
import { clauseById, sectorById, targetsByClause } from '../../src/lib/atlas.ts';
import { measureWords } from '../../src/lib/measure-page.ts';
import { sectorTargetScope } from '../../src/lib/sector-page.ts';
import { phraseAround, targetsNaming } from '../../src/lib/target-scope.ts';

const forSector = (sectorId: string, clauseId: string) => {
  const clause = clauseById.get(clauseId)!;
  const scope = sectorTargetScope(sectorById.get(sectorId)!);
  const { naming, other } = targetsNaming(clause, targetsByClause.get(clauseId) ?? [], scope.words, scope);
  return { naming: naming.map((t) => t.text), other: other.map((t) => t.text) };
};
const forMeasure = (measureId: string, clauseId: string) => {
  const clause = clauseById.get(clauseId)!;
  const { naming, other } = targetsNaming(clause, targetsByClause.get(clauseId) ?? [], measureWords(measureId, clause));
  return { naming: naming.map((t) => t.text), other: other.map((t) => t.text) };
};

describe('sector pages', () => {
  test('Hubei’s paragraph names 未来制造 among six directions; none of its seven targets, 1000亿元 included, is 未来制造’s', () => {
    const hubei = forSector('future-manufacturing', 'pilot-zones-roundup-2024/hubei-p2');
    expect(hubei.naming).toEqual([]);
    expect(hubei.other).toHaveLength(7);
    expect(hubei.other).toContain('未来产业总体规模达到1000亿元');
  });

  test('the 5个100 plan’s 60项 standards are set 在未来产业领域, not for 量子科技, which the clause also names', () => {
    expect(clauseById.get('jiangsu-5x100-plan/c4')!.sectors).toContain('quantum');
    expect(forSector('quantum', 'jiangsu-5x100-plan/c4')).toEqual({ naming: [], other: ['地方标准或行业标准60项', '国家标准30项', '国际标准10项左右'] });
  });

  test('the 解读’s five 100s are set for five fields at once (在第三代半导体、…、量子科技、合成生物、元宇宙等未来产业领域推进…): none is one field’s', () => {
    for (const sector of ['quantum', 'synthetic-biology', 'general-ai']) expect(forSector(sector, 'jiangsu-5x100-interpretation/s2-p1').naming).toEqual([]);
  });
});

describe('measure pages', () => {
  test('a 、 list of targets in one sentence: each goes to the instrument its own phrase names', () => {
    expect(forMeasure('talent', 'pilot-zones-roundup-2024/chongqing-p2').naming).toEqual(['未来产业领军人才（团队）30个']);
    expect(forMeasure('application-scenario', 'pilot-zones-roundup-2024/chongqing-p2').naming).toEqual(['30个典型应用场景']);
    // A phrase ends at 、 but keeps a target whose own words hold one (100项原创性、颠覆性技术攻关).
    const hubei = clauseById.get('pilot-zones-roundup-2024/hubei-p2')!;
    const attack = targetsByClause.get(hubei.id)!.find((t) => t.text === '100项原创性、颠覆性技术攻关')!;
    expect(phraseAround(hubei.text, attack.start, attack.end)).toContain('100项原创性、颠覆性技术攻关');
  });

  test('a clause whose heading names the instrument owns all its targets: 11.加大高水平创新人才引培 and its 100名（个）…创新人才（团队）', () => {
    expect(clauseById.get('jiangsu-3yr-plan/c11')!.heading).toBe('加大高水平创新人才引培');
    expect(forMeasure('talent', 'jiangsu-3yr-plan/c11')).toEqual({ naming: ['100名（个）掌握未来技术的创新人才（团队）'], other: [] });
  });

  test('the standards clause lists all three of its amounts', () => {
    expect(forMeasure('standards', 'jiangsu-5x100-plan/c4').naming).toEqual(['地方标准或行业标准60项', '国家标准30项', '国际标准10项左右']);
  });
});
