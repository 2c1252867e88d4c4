import { describe, expect, it } from 'vitest';
import { BUCKET_SIZE, linkRelated, measureCentrality, PER_BUCKET, PER_CLAUSE } from '../../scripts/knowledge/link-related.ts';
import { tagMeasures } from '../../scripts/knowledge/tag-measures.ts';
import { corpus, vocab } from '../helpers/corpus.ts';

const clause = (id: string) => corpus.clauses.find((c) => c.id === id)!;
const centralityOf = (id: string) => {
  const c = clause(id);
  const body = c.departmentTag ? c.text.slice(0, c.departmentTag.start) : c.text;
  return Object.fromEntries(measureCentrality(tagMeasures(vocab.measures, body), c.heading ? (c.marker + c.heading).length : 0));
};

describe('measureCentrality', () => {
  it('a measure the printed heading names outweighs one matched as often in the body: 10.加快建设未来产业先导区', () => {
    // 先导区 six times, once in the heading; 计量、认证、检验检测… six times, none in the heading.
    expect(centralityOf('jiangsu-3yr-plan/c10')).toEqual({ 'pilot-zone': 6, 'industrial-foundation': 3 });
  });
  it('a paragraph without a heading weighs its measures by mentions: Anhui’s list names 先导区 five times, 合肥高新区 once', () => {
    expect(centralityOf('pilot-zones-roundup-2024/p1')).toEqual({ 'pilot-zone': 3, 'innovation-zone': 1 });
  });
});

describe('linkRelated at scale', () => {
  const provinces = ['anhui', 'jiangsu', 'jiangxi', 'hubei', 'chongqing', 'gansu', 'guangdong', 'zhejiang', 'shandong', 'sichuan'];
  // 20,000 clauses that all use one measure, with every weight: a pairwise rule would compare 4×10⁸ pairs.
  const clauses = Array.from({ length: 20_000 }, (_, i) => ({
    id: `synthetic/c${i}`,
    province: provinces[i % provinces.length]!,
    sectors: [],
    measures: ['pilot-zone'],
    centrality: new Map([['pilot-zone', 1 + (Math.floor(i / provinces.length) % 6)]]),
  }));

  it('keeps at most three links per clause (what the reader shows), all among the measure’s most central clauses, one province each while equally strong', () => {
    const started = performance.now();
    const links = linkRelated(clauses);
    const elapsed = performance.now() - started;
    const byFrom = Map.groupBy(links, (l) => l.from);
    expect(byFrom.size).toBe(clauses.length);
    expect(PER_CLAUSE).toBe(3);
    for (const [, own] of byFrom) expect(own.length).toBe(PER_CLAUSE);
    // Only the bucket's BUCKET_SIZE clauses are ever looked at, each clause scanning PER_BUCKET of them.
    const targets = new Set(links.map((l) => l.to));
    expect(targets.size).toBeLessThanOrEqual(BUCKET_SIZE);
    const central = new Set(clauses.filter((c) => c.centrality.get('pilot-zone') === 6).map((c) => c.id));
    for (const id of targets) expect(central.has(id), id).toBe(true);
    const first = byFrom.get('synthetic/c5')!.map((l) => clauses[Number(l.to.split('/c')[1])]!.province);
    expect(new Set(first).size).toBe(PER_CLAUSE);
    expect(PER_BUCKET).toBeLessThan(BUCKET_SIZE);
    // Generous: the bounded scan takes well under a second; a pairwise one takes minutes.
    expect(elapsed).toBeLessThan(10_000);
  });
});
