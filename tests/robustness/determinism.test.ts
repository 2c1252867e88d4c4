// Determinism: the same sources build to byte-identical open data and MDX, and adding a clause to one
// document changes no id in other documents nor any earlier id in the same document.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildData } from '../../scripts/build-data.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-determinism-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Build the corpus in `sourcesDir` into a fresh folder under the work dir. */
function build(name: string, sourcesDir = 'content/sources') {
  const out = { sourcesDir, vocabDir: 'content/vocab', dataDir: join(work, name, 'data'), mdxDir: join(work, name, 'mdx') };
  const built = buildData(out);
  return { ...out, built };
}

/** @returns every file below a folder, as relative path → bytes */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

describe('two builds of the same sources', () => {
  test('give byte-identical JSON, CSV and MDX', () => {
    const first = build('first');
    const second = build('second');
    for (const kind of ['dataDir', 'mdxDir'] as const) {
      const a = filesUnder(first[kind]);
      const b = filesUnder(second[kind]);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
      expect(differing, `${kind} files that differ between two builds`).toEqual([]);
    }
    // The build really produced the corpus (not two empty folders that trivially agree).
    expect(filesUnder(first.mdxDir).size).toBe(5);
    expect(JSON.parse(readFileSync(join(first.dataDir, 'clauses.json'), 'utf8'))).toHaveLength(first.built.clauses.length);
  });
});

describe('adding a clause to one document', () => {
  const baseline = build('baseline');
  const idsBy = (built: typeof baseline.built) => Map.groupBy(built.clauses.map((c) => c), (c) => c.documentId);

  /** Copy the sources, change one file, rebuild. */
  function buildWith(name: string, file: string, change: (text: string) => string) {
    const dir = join(work, `${name}-sources`);
    cpSync('content/sources', dir, { recursive: true });
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
    return build(name, dir);
  }

  /** Check: other documents keep every id in order; the changed one keeps its earlier ids and gains the new ones. */
  function expectStableIds(changed: typeof baseline.built, documentId: string, added: string[]) {
    const before = idsBy(baseline.built);
    const after = idsBy(changed);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [id, clauses] of before) {
      const old = clauses.map((c) => c.id);
      const now = after.get(id)!.map((c) => c.id);
      if (id === documentId) expect(now).toEqual([...old, ...added]);
      else expect(now, `clause ids of ${id}`).toEqual(old);
    }
    expect(changed.documents.map((d) => d.id)).toEqual(baseline.built.documents.map((d) => d.id));
  }

  test('a clause 26 appended to the Jiangsu three-year plan', () => {
    const clause = '26.加强宣传引导。及时总结推广未来产业发展的好经验好做法。(省发展改革委、省科技厅等按职责分工负责)';
    const changed = buildWith('plan-plus', 'jiangsu-future-industries-three-year-plan-2024.txt', (text) => `${text.replace(/\n$/u, '')}\n${clause}\n`);
    expectStableIds(changed.built, 'jiangsu-3yr-plan', ['jiangsu-3yr-plan/c26']);
    const added = changed.built.clauses.find((c) => c.id === 'jiangsu-3yr-plan/c26')!;
    expect(added.path).toEqual(['s8']);
    expect(added.departments.slice(0, 2)).toMatchObject([{ written: '省发展改革委', role: 'lead' }, { written: '省科技厅', role: 'co' }]);
  });

  test('a clause 16 added at the end of task (五) of the 5个100 plan, before 保障措施', () => {
    const file = 'jiangsu-5x100-action-plan-2024.txt';
    const clause = '16. 推动未来产业开放合作。支持园区与国际创新资源对接。';
    const changed = buildWith('5x100-plus', file, (text) => {
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.startsWith('15. 提升园区全要素'));
      expect(at).toBeGreaterThan(0);
      return [...lines.slice(0, at + 1), '', clause, ...lines.slice(at + 1)].join('\n');
    });
    // Clauses after the insertion are numbered, so their ids (c-numbers, and 保障措施's restart ids) stay.
    const before = idsBy(baseline.built).get('jiangsu-5x100-plan')!.map((c) => c.id);
    const after = idsBy(changed.built).get('jiangsu-5x100-plan')!.map((c) => c.id);
    expect(after.filter((id) => id !== 'jiangsu-5x100-plan/c16')).toEqual(before);
    expect(after).toContain('jiangsu-5x100-plan/c16');
    for (const [id, clauses] of idsBy(baseline.built)) {
      if (id !== 'jiangsu-5x100-plan') expect(idsBy(changed.built).get(id)!.map((c) => c.id), `clause ids of ${id}`).toEqual(clauses.map((c) => c.id));
    }
  });

  test('a paragraph appended to the body of the Jiangxi interpretation', () => {
    const file = 'jiangxi-six-actions-interpretation-2024.txt';
    const paragraph = '第四部分，实施步骤方面，明确分年度推进重点任务。';
    const changed = buildWith('jiangxi-plus', file, (text) => {
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.startsWith('第三部分'));
      expect(at).toBeGreaterThan(45);
      return [...lines.slice(0, at + 1), '', paragraph, ...lines.slice(at + 1)].join('\n');
    });
    const before = idsBy(baseline.built).get('jiangxi-six-actions-interpretation')!;
    const after = idsBy(changed.built).get('jiangxi-six-actions-interpretation')!;
    const added = after.filter((c) => !before.some((b) => b.id === c.id));
    expect(added.map((c) => c.text)).toEqual([paragraph]);
    expectStableIds(changed.built, 'jiangxi-six-actions-interpretation', added.map((c) => c.id));
  });
});
