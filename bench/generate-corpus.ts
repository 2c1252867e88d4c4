// Scale the real corpus (content/sources) to N copies of every source, each copy varied so that the
// ingest does real work: another province, a shifted period, a numbered title, clauses dropped and
// reordered and renumbered, sentences dropped or borrowed, departments permuted, targets changed.
// Usage: node bench/generate-corpus.ts --scale 10 [--seed 1] [--out bench/work/corpus-10] [--verify]
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { readYaml } from '../scripts/ingest/load-corpus.ts';
import { normaliseLine } from '../scripts/ingest/normalise-line.ts';
import { normaliseText } from '../scripts/ingest/normalise-text.ts';
import { SourceManifestSchema, type SourceManifestEntry } from '../src/schemas/manifest.ts';
import { ProvincesSchema } from '../src/schemas/province.ts';
import { PageChromeSchema } from '../src/schemas/page-chrome.ts';
import { createRng, deriveSeed } from './corpus/prng.ts';
import { createRename, titleCoreOf } from './corpus/rename-copy.ts';
import { varyBody } from './corpus/vary-body.ts';
import { varyDigest } from './corpus/vary-digest.ts';
import { writeScaledVocab } from './corpus/scale-vocab.ts';

export interface GenerateOptions {
  /** Copies of every source; copy 0 is the real source, unchanged. */
  scale: number;
  seed?: number;
  sourcesDir?: string;
  vocabDir?: string;
  /** Folder for the generated texts and sources.yaml (emptied first). */
  outDir: string;
}

export interface GeneratedCorpus {
  outDir: string;
  sources: number;
  /** Documents declared by reference in the manifest. */
  references: number;
  /** Bytes of raw source text. */
  bytes: number;
}

const PROVINCES = ['jiangsu', 'anhui', 'guangdong', 'hubei', 'chongqing', 'gansu', 'jiangxi'];

/**
 * Generate a scaled corpus.
 * @param options scale, seed and folders
 * @returns what was written
 */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const seed = options.seed ?? 1;
  const sourcesDir = options.sourcesDir ?? 'content/sources';
  const vocabDir = options.vocabDir ?? 'content/vocab';
  const manifest = readYaml(join(sourcesDir, 'sources.yaml'), SourceManifestSchema);
  const provinces = readYaml(join(vocabDir, 'provinces.yaml'), ProvincesSchema);
  const chrome = readYaml(join(vocabDir, 'page-chrome.yaml'), PageChromeSchema).chrome.map((r) => new RegExp(r.pattern, 'u'));
  const headingToProvince = new Map(provinces.map((p) => [p.heading, p.id as string]));

  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  const entries: SourceManifestEntry[] = [];
  let bytes = 0;
  for (let k = 0; k < options.scale; k++) {
    // One identity per copy number, shared by a plan and its interpretation so they still match.
    const identityRng = createRng(deriveSeed(seed, `copy-${k}`));
    const toProvince = identityRng.pick(PROVINCES);
    const yearShift = identityRng.pick([0, 1, 2, 3]);
    for (const entry of manifest) {
      const raw = readFileSync(join(sourcesDir, entry.file), 'utf8');
      if (k === 0) {
        copyFileSync(join(sourcesDir, entry.file), join(options.outDir, entry.file));
        entries.push(entry);
        bytes += Buffer.byteLength(raw);
        continue;
      }
      const rng = createRng(deriveSeed(seed, `${entry.id}-${k}`));
      const file = `${entry.id}-x${k}.txt`;
      let text: string;
      let copy: SourceManifestEntry;
      if (entry.kind === 'digest') {
        const normalised = (line: string) => normaliseLine(line, 0, { file: entry.file, script: entry.script, errata: [] }).text;
        const lines = raw.split('\n');
        const varied = varyDigest(lines, {
          rng,
          headingOf: (line) => headingToProvince.get(normalised(line)) ?? null,
          isTrailer: (line) => chrome.some((re) => re.test(normalised(line))),
          // The opening paragraph is attributed to the province of the reference it quotes: keep that section.
          keep: openingProvinces(lines, entry, normalised, headingToProvince),
        });
        text = varied.lines.join('\n');
        const body = normaliseText(varied.lines.map(normalised).join('\n'));
        copy = {
          ...entry,
          id: `${entry.id}-x${k}`,
          file,
          references: entry.references.filter((r) => body.includes(normaliseText(r.quote))).map((r) => ({ ...r, id: `${r.id}-x${k}` })),
        };
      } else {
        const rename = createRename({ fromProvince: entry.province, toProvince, yearShift, suffix: k, titleCore: titleCoreOf(entry.title) });
        copy = renameEntry(entry, k, rename, toProvince, yearShift);
        const quotes = [...copy.references.map((r) => r.quote), copy.title].map(normaliseText);
        const isPinned = (line: string) => {
          const n = normaliseText(line);
          return quotes.some((q) => n.includes(q));
        };
        text = varyBody(raw.split('\n').map(rename), { rng, isPinned }).join('\n');
      }
      writeFileSync(join(options.outDir, file), text);
      bytes += Buffer.byteLength(text);
      entries.push(copy);
    }
  }
  writeFileSync(join(options.outDir, 'sources.yaml'), `# Generated by bench/generate-corpus.ts (scale ${options.scale}, seed ${seed}).\n${stringify(entries, { lineWidth: 0, aliasDuplicateObjects: false })}`);
  // The copies name departments under their new province: give the registry those names too.
  writeScaledVocab(vocabDir, join(options.outDir, 'vocab'));
  return { outDir: options.outDir, sources: entries.length, references: entries.reduce((n, e) => n + e.references.length, 0), bytes };
}

/** Provinces of references quoted before the first province heading (the digest's opening paragraphs). */
function openingProvinces(lines: string[], entry: SourceManifestEntry, normalised: (l: string) => string, headings: Map<string, string>): string[] {
  const first = lines.findIndex((l) => headings.has(normalised(l)));
  const opening = normaliseText(lines.slice(0, first).map(normalised).join('\n'));
  return entry.references.filter((r) => r.province && opening.includes(normaliseText(r.quote))).map((r) => r.province!);
}

/** The manifest entry of a renamed copy: new ids, renamed titles and quotes, shifted dates. */
function renameEntry(entry: SourceManifestEntry, k: number, rename: (s: string) => string, toProvince: string, yearShift: number): SourceManifestEntry {
  const province = (p: string | null) => (p !== null && p === entry.province ? toProvince : p) as SourceManifestEntry['province'];
  return {
    ...entry,
    id: `${entry.id}-x${k}`,
    file: `${entry.id}-x${k}.txt`,
    province: province(entry.province),
    title: rename(entry.title),
    issuers: entry.issuers.map(rename),
    issuersBasis: entry.issuersBasis === undefined ? undefined : rename(entry.issuersBasis),
    publisher: entry.publisher === undefined ? undefined : rename(entry.publisher),
    date: entry.date === null ? null : rename(entry.date),
    periodStart: entry.periodStart === null ? null : entry.periodStart + yearShift,
    periodEnd: entry.periodEnd === null ? null : entry.periodEnd + yearShift,
    interprets: entry.interprets === undefined ? undefined : `${entry.interprets}-x${k}`,
    references: entry.references.map((r) => ({
      ...r,
      id: `${r.id}-x${k}`,
      province: province(r.province),
      title: rename(r.title),
      issuers: r.issuers.map(rename),
      date: r.date === null ? null : rename(r.date),
      quote: rename(r.quote),
      aliases: r.aliases.map(rename),
    })),
    abbreviations: Object.fromEntries(Object.entries(entry.abbreviations).map(([key, value]) => [key, rename(value)])),
    aliases: entry.aliases.map(rename),
  };
}

/**
 * Ingest a generated corpus into a temporary folder; throws the ingest's error if it does not ingest.
 * @param corpusDir folder with sources.yaml
 * @returns document and clause counts
 */
export async function verifyCorpus(corpusDir: string): Promise<{ documents: number; clauses: number }> {
  const { buildData } = await import('../scripts/build-data.ts');
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-verify-'));
  try {
    const built = buildData({ sourcesDir: corpusDir, vocabDir: join(corpusDir, 'vocab'), dataDir: join(tmp, 'data'), mdxDir: join(tmp, 'mdx') });
    return { documents: built.documents.length, clauses: built.clauses.length };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, verify: { type: 'boolean', default: false } } });
  const scale = Number(values.scale);
  const outDir = values.out ?? join('bench', 'work', `corpus-${scale}`);
  const generated = generateCorpus({ scale, seed: Number(values.seed), outDir });
  console.log(JSON.stringify(generated));
  if (values.verify) console.log(JSON.stringify(await verifyCorpus(outDir)));
}
