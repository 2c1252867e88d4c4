import { describe, expect, it } from 'vitest';
import { corpus, documentOf } from '../helpers/corpus.ts';
import { titleSimilarity } from '../../scripts/knowledge/title-similarity.ts';
import { resolveCitations } from '../../scripts/knowledge/resolve-citations.ts';

const linksOf = (type: string) => corpus.links.filter((l) => l.type === type);

describe('interprets', () => {
  it('links the 5个100 interpretation to its plan, and each of its five tasks to the matching （一）…（五） part', () => {
    const interprets = linksOf('interprets').filter((l) => l.from.startsWith('jiangsu-5x100-interpretation'));
    expect(interprets[0]).toMatchObject({ from: 'jiangsu-5x100-interpretation', to: 'jiangsu-5x100-plan' });
    const tasks = Object.fromEntries(interprets.filter((l) => l.from.includes('/s3-e')).map((l) => [l.from.split('/')[1], l.to.split('/')[1]]));
    // The interpretation lists the tasks in another order than the plan: matched by heading, not by position.
    expect(tasks).toEqual({ 's3-e1': 's2.1', 's3-e2': 's2.4', 's3-e3': 's2.5', 's3-e4': 's2.3', 's3-e5': 's2.2' });
  });
  it('links each 解读 chapter to the plan chapter it explains, matched by title once the leading 《行动方案》 is set aside', () => {
    const chapters = linksOf('interprets').filter((l) => /^jiangsu-5x100-interpretation\/s\d+$/u.test(l.from));
    expect(chapters.map((l) => [l.from.split('/')[1], l.to.split('/')[1], l.text])).toEqual([
      ['s2', 's1', '《行动方案》思路目标 ↔ 思路目标'],
      ['s3', 's2', '《行动方案》重点任务 ↔ 重点任务'],
      ['s4', 's3', '《行动方案》保障措施 ↔ 保障措施'],
    ]);
    // 一、《行动方案》起草背景 explains why the plan was drafted: the plan has no such chapter.
    expect(documentOf('jiangsu-5x100-interpretation').sections.find((s) => s.id === 's1')!.title).toBe('《行动方案》起草背景');
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
    const cite = (from: string, to: string, text: string) => {
      const start = corpus.clauses.find((c) => c.id === from)!.text.indexOf(text);
      return { from, fromKind: 'clause', to, toKind: 'document', type: 'cites', text, start, end: start + text.length };
    };
    expect(corpus.links).toContainEqual(cite('jiangsu-5x100-interpretation/s1-p2', 'jiangsu-5x100-plan', '《行动方案》'));
    expect(corpus.links).toContainEqual(cite('pilot-zones-roundup-2024/anhui-p2', 'anhui-future-industries-decision-2024', '《决定》'));
    expect(corpus.links).toContainEqual(cite('pilot-zones-roundup-2024/gansu-p2', 'gansu-future-industries-action-plan-2024', '《行动方案》'));
  });
  it('two citations of one title in one clause are two rows, told apart by where each stands', () => {
    // Jiangxi 解读 s2.1 names 《方案》 twice.
    const clause = corpus.clauses.find((c) => c.id === 'jiangxi-six-actions-interpretation/s2.1')!;
    const rows = corpus.links.filter((l) => l.from === clause.id && l.to === 'jiangxi-six-actions-plan');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(clause.text.slice(row.start, row.end)).toBe(row.text);
    expect(new Set(rows.map((r) => r.start)).size).toBe(rows.length);
    // No two rows of links.json are the same.
    expect(new Set(corpus.links.map((l) => JSON.stringify(l))).size).toBe(corpus.links.length);
  });
  it('says what each end is: a section of the 5个100 plan is a section, a clause a clause', () => {
    const kinds = new Set(corpus.links.map((l) => `${l.type}:${l.fromKind}→${l.toKind}`));
    expect(kinds).toContain('interprets:section→section');
    expect(corpus.links).toContainEqual(expect.objectContaining({ from: 'jiangsu-5x100-interpretation/s3-e2', fromKind: 'clause', to: 'jiangsu-5x100-plan/s2.4', toKind: 'section', type: 'interprets' }));
    expect([...kinds].filter((k) => k.startsWith('same-target:'))).toEqual(['same-target:target→target']);
  });
  it('marks 为深入落实《…》 as implements', () => {
    expect(linksOf('implements').map((l) => l.to)).toEqual(expect.arrayContaining(['national-miit-future-industries-opinions', 'jiangsu-future-industries-guiding-opinions']));
  });
  it('creates a referenced node for a title the manifest does not declare, named by province and title', () => {
    // The manifest declares the three documents the Jiangxi 解读 names together; without them the citations still resolve.
    const undeclared = new Set(['jiangxi-sci-tech-plan-2022-2035', 'jiangxi-sci-tech-innovation-decision', 'jiangxi-14th-five-year-sci-tech-plan']);
    const resolve = () => {
      const documents = structuredClone(corpus.documents.filter((d) => !undeclared.has(d.id)));
      return { documents, citations: resolveCitations(documents as never, corpus.clauses as never) };
    };
    const { documents, citations } = resolve();
    const created = documents.filter((d) => d.kind === 'referenced' && d.id.startsWith('jiangxi-ref-'));
    // The title as the site prints it: the source's half-width (2022-2035年) is widened by the ingest's normalisation.
    expect(created.map((d) => d.title)).toEqual(['江西省中长期科学和技术发展规划（2022-2035年）', '省人大常委会关于全面提升科技创新驱动力的决定', '江西省“十四五”科技创新规划']);
    const plan = created.find((d) => d.title === '江西省“十四五”科技创新规划')!;
    expect(plan).toMatchObject({ province: 'jiangxi', knownFrom: { clauseId: 'jiangxi-six-actions-interpretation/s2.1', quote: '《江西省“十四五”科技创新规划》' } });
    expect(citations.find((c) => c.title === '江西省“十四五”科技创新规划')).toMatchObject({ to: plan.id, via: 'new-reference' });
    expect(resolve().documents.map((d) => d.id)).toEqual(documents.map((d) => d.id));
  });
  it('every link has both ends', () => {
    expect(corpus.documents.find((d) => d.title === '江西省“十四五”科技创新规划')).toMatchObject({ id: 'jiangxi-14th-five-year-sci-tech-plan', kind: 'referenced', province: 'jiangxi' });
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

  /** Each target's group: the first statement it links to (itself when it is one), and the others in it. */
  const groups = () => {
    const to = new Map(linksOf('same-target').map((l) => [l.from, l.to]));
    const first = (id: string): string => (to.has(id) ? first(to.get(id)!) : id);
    return Map.groupBy(corpus.targets.map((t) => t.id), first);
  };

  it('what is counted decides, not the measure word: each commitment of the 5个100 plan is one group with its restatements and the three-year plan', () => {
    const grouped = [...groups().entries()].filter(([, ids]) => ids.length > 1).map(([, ids]) => ids);
    expect(grouped).toEqual([
      // 组织实施100项未来产业前沿技术研发计划项目 (3yr) = 突破100项前沿技术 = 着力推进100项重大前沿技术攻关: one programme,
      // declared in content/vocab/same-targets.yaml (the nouns differ); 技术攻关 is a synonym of 前沿技术 in the vocabulary.
      ['jiangsu-3yr-plan/c2/t1', 'jiangsu-5x100-plan/s1-g1/t1', 'jiangsu-5x100-plan/s2.1/t1', 'jiangsu-5x100-interpretation/s2-p1/t1', 'jiangsu-5x100-interpretation/s3-e1/t1'],
      // 100个未来产业科创园区 (3yr) = 建强100个科创园区 = 着力升级100家未来产业科创园区 = the 解读's two.
      ['jiangsu-3yr-plan/c3/t2', 'jiangsu-5x100-plan/s1-g5/t1', 'jiangsu-5x100-plan/s2.5/t1', 'jiangsu-5x100-interpretation/s2-p1/t3', 'jiangsu-5x100-interpretation/s3-e3/t1'],
      ['jiangsu-3yr-plan/c6/t1', 'jiangsu-5x100-plan/s1-g3/t1', 'jiangsu-5x100-plan/s2.3/t1', 'jiangsu-5x100-plan/c8/t1', 'jiangsu-5x100-interpretation/s2-p1/t4', 'jiangsu-5x100-interpretation/s3-e4/t1'],
      // 打造和吸引100个未来科技创新示范企业 (3yr) = 培育100家示范企业: 个 and 家 count the same enterprises.
      ['jiangsu-3yr-plan/c9/t2', 'jiangsu-5x100-plan/s1-g4/t1', 'jiangsu-5x100-plan/s2.4/t1', 'jiangsu-5x100-plan/c10/t4', 'jiangsu-5x100-interpretation/s2-p1/t2', 'jiangsu-5x100-interpretation/s3-e2/t1'],
      // 制定100个未来产业标准规范 (3yr) = 形成100项标准规范.
      ['jiangsu-3yr-plan/c21/t1', 'jiangsu-5x100-plan/s1-g2/t1', 'jiangsu-5x100-plan/s2.2/t1', 'jiangsu-5x100-interpretation/s2-p1/t5', 'jiangsu-5x100-interpretation/s3-e5/t1'],
    ]);
  });

  it('different commitments stay apart: 100家…标杆孵化器 is not 100家…科创园区, 每年30-40项 is not the 100', () => {
    const all = groups();
    expect(all.get('jiangsu-5x100-plan/c3/t1')).toEqual(['jiangsu-5x100-plan/c3/t1']);
    // 竞争选拔100家左右…未来产业标杆孵化器 counts incubators, inside the task 着力升级100家未来产业科创园区.
    expect(all.get('jiangsu-5x100-plan/c13/t1')).toEqual(['jiangsu-5x100-plan/c13/t1']);
  });
  it('relates clauses of different provinces only, sharing a policy measure, at most three per clause (as the reader shows); the text names the shared measures', () => {
    const byId = new Map(corpus.clauses.map((c) => [c.id, c]));
    const related = linksOf('related');
    expect(related.length).toBeGreaterThan(0);
    for (const link of related) {
      const a = byId.get(link.from)!;
      const b = byId.get(link.to)!;
      expect(a.province).not.toBe(b.province);
      expect(link.text.split('; ').sort(), link.from).toEqual(a.measures.filter((m) => b.measures.includes(m)).sort());
    }
    for (const [from, links] of Map.groupBy(related, (l) => l.from)) expect(links.length, from).toBeLessThanOrEqual(3);
  });

  const relatedOf = (id: string) => linksOf('related').filter((l) => l.from === id).map((l) => l.to);

  it('Anhui’s 先导区 list and Jiangsu’s 10.加快建设未来产业先导区 reach each other', () => {
    // c10 has no sector tag: a rule that needed a shared (measure, sector) pair never linked them.
    expect(relatedOf('pilot-zones-roundup-2024/p1').slice(0, 3)).toContain('jiangsu-3yr-plan/c10');
    expect(relatedOf('jiangsu-3yr-plan/c10').slice(0, 3)).toContain('pilot-zones-roundup-2024/p1');
    expect(linksOf('related').find((l) => l.from === 'pilot-zones-roundup-2024/p1' && l.to === 'jiangsu-3yr-plan/c10')!.text).toBe('pilot-zone');
  });

  it('a clause about a measure outranks a goal paragraph that mentions it in passing', () => {
    // Both 5个100 goal paragraphs name 高新区 among a dozen tags; they used to come first for Anhui’s 先导区 list.
    const links = relatedOf('pilot-zones-roundup-2024/p1');
    expect(links).not.toContain('jiangsu-5x100-plan/s1-p1');
    expect(links).not.toContain('jiangsu-5x100-interpretation/s2-p1');
    expect(links.slice(0, 2)).toEqual(['pilot-zones-roundup-2024/hubei-p3', 'jiangsu-3yr-plan/c10']);
  });

  it('Zhuhai’s 依托珠海高新区等重点创新平台 paragraph links to clauses on 创新平台 and 高新区, not to 19.扩大未来产业开放合作', () => {
    expect(linksOf('related').filter((l) => l.from === 'pilot-zones-roundup-2024/guangdong-p5').map((l) => [l.to, l.text])).toEqual([
      ['jiangsu-3yr-plan/c4', 'innovation-platform; innovation-zone'],
      ['jiangxi-six-actions-interpretation/s2.3', 'innovation-zone; innovation-platform'],
      ['pilot-zones-roundup-2024/hubei-p3', 'innovation-zone; innovation-platform'],
    ]);
  });
});
