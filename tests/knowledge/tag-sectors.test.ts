import { describe, expect, it } from 'vitest';
import { loadVocab } from '../../scripts/knowledge/load-vocab.ts';
import { tagSectors, type SectorTag } from '../../scripts/knowledge/tag-sectors.ts';
import {
  FIVE_BY_100_INTERPRETATION,
  FIVE_BY_100_PLAN,
  JIANGXI_INTERPRETATION,
  ROUNDUP,
  THREE_YEAR_PLAN,
  normalisedLine,
  rawLines,
} from './source-lines.ts';

const { sectors: vocab } = loadVocab();
const pairs = (tags: SectorTag[]) => tags.map((tag) => `${tag.sectorId}:${tag.matched}`);

describe('tagSectors on real sentences', () => {
  it('three-year plan line 18: the 10 成长型 and 5 前沿性 fields of "10+X", in order', () => {
    const text = normalisedLine(THREE_YEAR_PLAN, 18);
    expect(pairs(tagSectors(vocab, text))).toEqual([
      'third-generation-semiconductors:第三代半导体',
      'future-networks:未来网络',
      'hydrogen:氢能',
      'new-energy-storage:新型储能',
      'cell-gene:细胞和基因技术',
      'synthetic-biology:合成生物',
      'general-ai:通用智能',
      'frontier-materials:前沿新材料',
      // 零碳负碳（碳捕集利用及封存）: the gloss is a second mention of the same sector.
      'zero-negative-carbon:零碳负碳',
      'zero-negative-carbon:碳捕集利用及封存',
      'virtual-reality:虚拟现实',
      'quantum:量子科技',
      'deep-sea-earth-space:深海深地空天',
      'humanoid-robots:类人机器人',
      'low-altitude-economy:低空经济',
      'advanced-nuclear:先进核能',
    ]);
  });

  it('roundup line 47 (Gansu, simplified): directions and their fields, each field under our single parent', () => {
    const tags = tagSectors(vocab, normalisedLine(ROUNDUP, 47));
    expect(pairs(tags)).toEqual([
      'future-manufacturing:未来制造',
      'general-ai:人工智能',
      'robotics:机器人',
      'future-information:未来信息',
      'digital-twin:深度数字孪生',
      'quantum:量子科技',
      'future-energy:未来能源',
      'advanced-nuclear:新型核能',
      'hydrogen:氢能',
      'new-energy-storage:新型储能',
      'future-materials:未来材料',
      'isotopes:同位素',
      'nuclear-materials:核用材料',
      'metamaterials:超材料',
      'new-semiconductor-materials:新型半导体材料',
      'future-space:未来空间',
      'commercial-space:商业航天制造和发射',
      'low-altitude-economy:低空经济',
      'future-health:未来健康',
      'genetic-science:遗传科学及应用',
      'synthetic-biology:生物合成',
    ]);
    // A top-level direction is its own parent.
    expect(tags[0]).toMatchObject({ sectorId: 'future-manufacturing', parentId: 'future-manufacturing' });
    // Ambiguity: Gansu files 人工智能 under 未来制造; the vocabulary follows MIIT and puts it under 未来信息.
    expect(tags[1].parentId).toBe('future-information');
  });

  it('5个100 plan line 11: 通用人工智能 is one match (not 人工智能 inside it), and 元宇宙 is virtual reality', () => {
    const tags = tagSectors(vocab, normalisedLine(FIVE_BY_100_PLAN, 11));
    expect(pairs(tags)).toEqual([
      'third-generation-semiconductors:第三代半导体',
      'general-ai:通用人工智能',
      'quantum:量子科技',
      'synthetic-biology:合成生物',
      'virtual-reality:元宇宙',
    ]);
    expect(tags.find((tag) => tag.sectorId === 'virtual-reality')?.parentId).toBe('future-information');
  });

  it('roundup line 44: 深地 alone is tagged, but inside 深海深地空天 (line 43) only the longer match counts', () => {
    expect(pairs(tagSectors(vocab, normalisedLine(ROUNDUP, 44))).filter((pair) => pair.startsWith('deep-sea'))).toEqual(['deep-sea-earth-space:深地']);
    const line43 = tagSectors(vocab, normalisedLine(ROUNDUP, 43)).filter((tag) => tag.sectorId === 'deep-sea-earth-space');
    expect(line43.map((tag) => tag.matched)).toEqual(['深海深地空天']);
  });

  it('interpretation line 17: 量子 alone is read as the quantum field (chosen reading; too broad in general)', () => {
    expect(pairs(tagSectors(vocab, normalisedLine(FIVE_BY_100_INTERPRETATION, 17)))).toEqual(['quantum:量子', 'life-science:生命科学']);
  });

  it('interpretation line 19: 人工智能 is general AI and 储能 in 氢能与储能 is new energy storage', () => {
    expect(pairs(tagSectors(vocab, normalisedLine(FIVE_BY_100_INTERPRETATION, 19)))).toEqual([
      'frontier-materials:前沿新材料',
      'future-networks:未来网络',
      'general-ai:人工智能',
      'hydrogen:氢能',
      'new-energy-storage:储能',
    ]);
  });

  it('roundup line 35 (Zhuhai): the corrupted 深??臻g is not guessed into a sector', () => {
    const text = normalisedLine(ROUNDUP, 35);
    expect(text).toContain('深');
    expect(pairs(tagSectors(vocab, text))).toEqual([
      'low-carbon-energy:低碳能源',
      'future-space:未来空间',
      'general-ai:通用智能',
      'life-science:生命与健康',
      'new-energy-storage:新型储能',
    ]);
  });

  it('roundup line 28 (Anhui): 未来网络与数据空间 is one match, 空天信息 is commercial space', () => {
    expect(pairs(tagSectors(vocab, normalisedLine(ROUNDUP, 28)))).toEqual([
      'quantum:量子科技',
      'commercial-space:空天信息',
      'general-ai:通用智能',
      'low-carbon-energy:低碳能源',
      'life-science:生命科学',
      'frontier-materials:先进材料',
      'future-networks:未来网络与数据空间',
    ]);
  });

  it('three-year plan clause 24: 新材料首批次 is a subsidy scheme, not the frontier-materials sector', () => {
    const clause24 = normalisedLine(THREE_YEAR_PLAN, 50);
    expect(clause24).toContain('新材料首批次');
    expect(tagSectors(vocab, clause24)).toEqual([]);
  });

  it('ambiguity: the Jiangxi interpretation names only its regional specialties, tagged as fields that carry a note (no MIIT direction)', () => {
    const text = rawLines(JIANGXI_INTERPRETATION).map((_, i) => normalisedLine(JIANGXI_INTERPRETATION, i + 1)).join('\n');
    const tagged = [...new Set(tagSectors(vocab, text).map((t) => t.sectorId))];
    expect(tagged).toEqual(['digital-economy', 'rare-earth', 'biomedicine']);
    for (const id of tagged) expect(vocab.sectors.find((s) => s.id === id)?.note).toMatch(/非未来产业方向|未把稀土列为未来产业方向/u);
  });
});

describe('tagSectors invariants over every line of every source', () => {
  const files = [THREE_YEAR_PLAN, FIVE_BY_100_PLAN, FIVE_BY_100_INTERPRETATION, ROUNDUP, JIANGXI_INTERPRETATION];
  const lines = files.flatMap((file) => rawLines(file).map((_, i) => normalisedLine(file, i + 1)));

  it('spans are sorted, non-overlapping, and slice back to the matched form', () => {
    let total = 0;
    for (const text of lines) {
      const tags = tagSectors(vocab, text);
      total += tags.length;
      tags.forEach((tag, i) => {
        expect(text.slice(tag.start, tag.end)).toBe(tag.matched);
        if (i > 0) expect(tag.start).toBeGreaterThanOrEqual(tags[i - 1].end);
      });
    }
    expect(total).toBeGreaterThan(100);
  });

  it('no written form of a sector is left untagged where a longer match does not cover it', () => {
    const forms = vocab.sectors.flatMap((sector) => [sector.name, ...sector.aliases]);
    for (const text of lines) {
      const tags = tagSectors(vocab, text);
      for (const form of forms) {
        for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
          const covered = tags.some((tag) => tag.start <= at && at + form.length <= tag.end);
          const overlapped = tags.some((tag) => tag.start < at + form.length && at < tag.end && tag.end - tag.start > form.length);
          expect(covered || overlapped, `${form} in ${text.slice(0, 20)}…`).toBe(true);
        }
      }
    }
  });
});
