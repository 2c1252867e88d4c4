// The benchmark's corpus generator: a scaled corpus must ingest, and its copies must differ from the
// real sources (province, title, numbering, departments), or the benchmark measures a copy machine.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { buildData, type BuiltData } from '../../scripts/build-data.ts';
import { loadVocab } from '../../scripts/knowledge/load-vocab.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
let built: BuiltData;

beforeAll(() => {
  generateCorpus({ scale: 3, seed: 7, outDir: join(tmp, 'corpus') });
  built = buildData({ sourcesDir: join(tmp, 'corpus'), vocabDir: join(tmp, 'corpus', 'vocab'), dataDir: join(tmp, 'data'), mdxDir: join(tmp, 'mdx') });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const doc = (id: string) => built.documents.find((d) => d.id === id)!;
const clausesOf = (id: string) => built.clauses.filter((c) => c.documentId === id);

describe('generateCorpus', () => {
  it('brings a department registry that resolves every department the copies name, under their new province', () => {
    // With the real registry alone, a copy moved to Hubei names 湖北省科技厅, which Hubei's list lacks.
    const real = buildData({ sourcesDir: join(tmp, 'corpus'), vocabDir: 'content/vocab', dataDir: join(tmp, 'data-real'), mdxDir: join(tmp, 'mdx-real') });
    expect(real.unknownDepartments.length).toBeGreaterThan(0);
    expect(built.unknownDepartments).toEqual([]);
    const moved = built.documents.find((d) => d.id.startsWith('jiangsu-3yr-plan-x') && d.province !== 'jiangsu')!;
    const leads = built.clauses.filter((c) => c.documentId === moved.id).flatMap((c) => c.departments.filter((d) => d.role === 'lead'));
    expect(leads.length).toBeGreaterThan(0);
    for (const lead of leads) expect(lead.id, lead.written).toMatch(new RegExp(`^${moved.province}/`, 'u'));
  });

  it('keeps the registry\'s functions valid: a copied body whose function the province\'s own body holds gets none', () => {
    // loadVocab checks each function is known and held by one body per province; the build above ran it.
    const registry = loadVocab(join(tmp, 'corpus', 'vocab')).departments.provinces;
    const chongqing = registry.chongqing!.departments;
    expect(chongqing.filter((d) => d.function === 'industry-it').map((d) => d.id)).toEqual(['economy-it']);
    // Jiangsu's 工业和信息化厅, copied to Chongqing under its name, is there without the function.
    const copied = chongqing.find((d) => d.name === '重庆市工业和信息化厅');
    expect(copied?.id).toBe('industry-it');
    expect(copied).not.toHaveProperty('function');
    // A province lacking a counterpart gains the copy's: 湖北省科学技术厅 joins the 科技部门.
    expect(registry.hubei!.departments.find((d) => d.function === 'science-technology')?.name).toBe('湖北省科学技术厅');
  });

  it('writes every copy of every source, and the copies ingest with clauses', () => {
    for (const id of ['jiangsu-3yr-plan', 'jiangsu-5x100-plan', 'jiangsu-5x100-interpretation', 'jiangxi-six-actions-interpretation', 'pilot-zones-roundup-2024']) {
      for (const copy of [id, `${id}-x1`, `${id}-x2`]) expect(clausesOf(copy).length, copy).toBeGreaterThan(0);
    }
  });

  it('keeps copy 0 identical to the real source', () => {
    const real = built.clauses.filter((c) => c.documentId === 'jiangsu-3yr-plan').map((c) => c.text);
    expect(real.some((t) => t.startsWith('1.推动基础研究强基。坚持战略导向和自由探索并重'))).toBe(true);
    expect(doc('jiangsu-3yr-plan').title).toBe('江苏省加快培育发展未来产业三年行动方案（2024-2026年）');
  });

  it('gives copies their own title with a numbered suffix, and a plan and its interpretation the same one', () => {
    const titles = built.documents.filter((d) => d.kind !== 'referenced').map((d) => d.title);
    expect(doc('jiangsu-3yr-plan-x2').title).toMatch(/加快培育发展未来产业三年行动方案（\d{4}-\d{4}年）（第2批）$/u);
    expect(doc('jiangsu-5x100-interpretation-x1').title).toContain(doc('jiangsu-5x100-plan-x1').title);
    expect(doc('jiangsu-5x100-interpretation-x1').interprets).toBe('jiangsu-5x100-plan-x1');
    // The digest keeps its title; every other title is unique.
    const plans = titles.filter((t) => !t.startsWith('多地发布政策'));
    expect(new Set(plans).size).toBe(plans.length);
  });

  it('renumbers clauses 1, 2, 3… within each numbering run after dropping and reordering', () => {
    for (const id of ['jiangsu-3yr-plan-x1', 'jiangsu-3yr-plan-x2', 'jiangsu-5x100-plan-x1', 'jiangsu-5x100-plan-x2']) {
      const labels = clausesOf(id).filter((c) => /^\d+$/u.test(c.label)).map((c) => Number(c.label));
      let expected = 1;
      for (const n of labels) {
        if (n === 1) expected = 1; // the 5个100 plan restarts at 1 under 保障措施
        expect(n, id).toBe(expected++);
      }
    }
  });

  it('varies provinces, departments and clause counts across copies', () => {
    const provinces = new Set(['x1', 'x2'].map((x) => doc(`jiangsu-3yr-plan-${x}`).province));
    expect([...provinces].some((p) => p !== 'jiangsu') || provinces.size > 1).toBe(true);
    const leads = (id: string) => clausesOf(id).map((c) => c.departments.find((d) => d.role === 'lead')?.written ?? '').join('|');
    expect(leads('jiangsu-3yr-plan-x1')).not.toBe(leads('jiangsu-3yr-plan'));
    const counts = ['', '-x1', '-x2'].map((x) => clausesOf(`jiangsu-3yr-plan${x}`).length);
    expect(new Set(counts).size).toBeGreaterThan(1);
  });

  it('is deterministic for a seed', () => {
    generateCorpus({ scale: 3, seed: 7, outDir: join(tmp, 'again') });
    for (const file of ['sources.yaml', 'jiangsu-3yr-plan-x2.txt', 'pilot-zones-roundup-2024-x1.txt']) {
      expect(readFileSync(join(tmp, 'again', file), 'utf8')).toBe(readFileSync(join(tmp, 'corpus', file), 'utf8'));
    }
  });
});
