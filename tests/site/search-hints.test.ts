// The hint under a query that names a sector: the other names the sector page gathers, which the query misses.
import { expect, test } from 'vitest';
import { sectorHints } from '../../public/scripts/search.js';
import { clauses, sectorsFile } from '../../src/lib/atlas.ts';

const sectors = sectorsFile.sectors.map((s) => ({ name: s.name, href: `/sectors/${s.id}/`, terms: [s.name, ...s.aliases] }));

test('人形机器人 finds one clause; the sector page also holds the plan’s 类人机器人 and Foshan’s 具身智能机器人', () => {
  expect(clauses.filter((c) => c.text.includes('人形机器人')).length).toBe(1);
  expect(clauses.some((c) => c.text.includes('类人机器人'))).toBe(true);
  expect(sectorHints('人形机器人', sectors)).toEqual([{ name: '人形机器人', href: '/sectors/humanoid-robots/', others: ['类人机器人', '具身智能机器人'] }]);
  // A query holding the name (人形机器人产业) gets the same hint.
  expect(sectorHints('人形机器人产业', sectors)[0]!.others).toEqual(['类人机器人', '具身智能机器人']);
});

test('no hint where the search already finds every name: 量子 is inside 量子科技 and 量子信息', () => {
  expect(sectorHints('量子', sectors)).toEqual([]);
});

test('人工智能 points to 通用智能 and 大模型, not to 通用人工智能, which holds the query', () => {
  expect(sectorHints('人工智能', sectors)).toEqual([{ name: '通用智能', href: '/sectors/general-ai/', others: ['通用智能', '大模型'] }]);
});

test('a one-character or unrelated query gets no hint', () => {
  expect(sectorHints('量', sectors)).toEqual([]);
  expect(sectorHints('揭榜挂帅', sectors)).toEqual([]);
});
