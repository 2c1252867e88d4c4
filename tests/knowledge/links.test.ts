import { describe, expect, it } from 'vitest';
import { corpus, documentOf } from '../helpers/corpus.ts';
import { titleSimilarity } from '../../scripts/knowledge/title-similarity.ts';

const linksOf = (type: string) => corpus.links.filter((l) => l.type === type);

describe('interprets', () => {
  it('links the 5个100 interpretation to its plan, and each of its five tasks to the matching （一）…（五） part', () => {
    const interprets = linksOf('interprets').filter((l) => l.from.startsWith('jiangsu-5x100-interpretation'));
    expect(interprets[0]).toMatchObject({ from: 'jiangsu-5x100-interpretation', to: 'jiangsu-5x100-plan' });
    const tasks = Object.fromEntries(interprets.filter((l) => l.from.includes('/s3-e')).map((l) => [l.from.split('/')[1], l.to.split('/')[1]]));
    // The interpretation lists the tasks in another order than the plan: matched by heading, not by position.
    expect(tasks).toEqual({ 's3-e1': 's2.1', 's3-e2': 's2.4', 's3-e3': 's2.5', 's3-e4': 's2.3', 's3-e5': 's2.2' });
  });
  it('links the Jiangxi interpretation to a referenced node for 《科技兴赣六大行动实施方案（2023-2025年）》', () => {
    expect(linksOf('interprets')).toContainEqual(expect.objectContaining({ from: 'jiangxi-six-actions-interpretation', to: 'jiangxi-six-actions-plan' }));
    expect(documentOf('jiangxi-six-actions-plan')).toMatchObject({ kind: 'referenced', title: '科技兴赣六大行动实施方案（2023-2025年）' });
  });
  it('ambiguity: a safeguard 一是 matches the plan clause with the same heading, not the same position only', () => {
    expect(linksOf('interprets')).toContainEqual(expect.objectContaining({ from: 'jiangsu-5x100-interpretation/s4-e2', to: 'jiangsu-5x100-plan/s3-c2' }));
    expect(titleSimilarity('统筹区域布局', '加强组织推进')).toBe(0);
  });
});

describe('citations', () => {
  it('resolves 《省政府关于…指导意见》 and 《关于…指导意见》 to the same node', () => {
    const to = (text: string) => corpus.links.filter((l) => l.text === text).map((l) => l.to);
    expect(new Set([...to('《省政府关于加快培育发展未来产业的指导意见》'), ...to('《关于加快培育发展未来产业的指导意见》')])).toEqual(new Set(['jiangsu-future-industries-guiding-opinions']));
  });
  it('resolves 《行动方案》 through the (以下简称《行动方案》) declaration, and 该《决定》 to the decision named before it', () => {
    expect(corpus.links).toContainEqual({ from: 'jiangsu-5x100-interpretation/s1-p2', to: 'jiangsu-5x100-plan', type: 'cites', text: '《行动方案》' });
    expect(corpus.links).toContainEqual({ from: 'pilot-zones-roundup-2024/anhui-p2', to: 'anhui-future-industries-decision-2024', type: 'cites', text: '《决定》' });
    expect(corpus.links).toContainEqual({ from: 'pilot-zones-roundup-2024/gansu-p2', to: 'gansu-future-industries-action-plan-2024', type: 'cites', text: '《行动方案》' });
  });
  it('marks 为深入落实《…》 as implements', () => {
    expect(linksOf('implements').map((l) => l.to)).toEqual(expect.arrayContaining(['national-miit-future-industries-opinions', 'jiangsu-future-industries-guiding-opinions']));
  });
  it('creates a referenced node for a title the corpus lacks, and every link has both ends', () => {
    expect(corpus.documents.find((d) => d.title === '江西省“十四五”科技创新规划')).toMatchObject({ kind: 'referenced', province: 'jiangxi' });
    const ids = new Set([...corpus.documents.map((d) => d.id), ...corpus.clauses.map((c) => c.id), ...corpus.targets.map((t) => t.id), ...corpus.documents.flatMap((d) => d.sections.map((s) => `${d.id}/${s.id}`))]);
    for (const link of corpus.links) {
      expect(ids.has(link.from), link.from).toBe(true);
      expect(ids.has(link.to), link.to).toBe(true);
      expect(link.text.length).toBeGreaterThan(0);
    }
  });
});

describe('same-target and related', () => {
  it('links Jiangsu’s 100 科创园区 across its two plans', () => {
    expect(linksOf('same-target')).toContainEqual(expect.objectContaining({ from: 'jiangsu-5x100-plan/s1-g5/t1', to: 'jiangsu-3yr-plan/c3/t2' }));
  });
  it('ambiguity: equal numbers with unrelated subjects are not the same target (10家应用场景促进机构 ≠ 10家研究院)', () => {
    expect(linksOf('same-target').find((l) => l.from === 'jiangsu-3yr-plan/c7/t1')).toBeUndefined();
  });
  it('relates clauses of different provinces only, sharing a measure and a sector', () => {
    const byId = new Map(corpus.clauses.map((c) => [c.id, c]));
    const related = linksOf('related');
    expect(related.length).toBeGreaterThan(0);
    for (const link of related) {
      const a = byId.get(link.from)!;
      const b = byId.get(link.to)!;
      expect(a.province).not.toBe(b.province);
      expect(a.measures.some((m) => b.measures.includes(m)) && a.sectors.some((s) => b.sectors.includes(s))).toBe(true);
    }
  });
});
