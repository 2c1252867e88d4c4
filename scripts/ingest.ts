// Entry: turn content/sources into open data (public/data) and MDX (content/documents).
// Skipped when the sources, vocabularies, code and dependencies are as they were at the last run and
// its outputs are untouched: the knowledge layer is cross-document and so not cached per source, and
// at 100× the corpus it is most of a no-change rebuild.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildData } from './build-data.ts';
import { ingestInputs } from './build/ingest-inputs.ts';
import { hashInputs, writeStamp } from './build/input-stamp.ts';
import { IngestError } from './ingest/ingest-error.ts';
import { VocabError } from './knowledge/load-vocab.ts';
import type { UnknownDepartment } from './knowledge/annotate-corpus.ts';
import { paths } from './paths.ts';

/** One warning per unknown name, at its first place: a large corpus repeats a name thousands of times. */
function warnUnknown(unknown: Array<Pick<UnknownDepartment, 'written' | 'province' | 'file' | 'line'>>): void {
  for (const [first, ...others] of Map.groupBy(unknown, (u) => `${u.written}\0${u.province}`).values()) {
    const more = others.length > 0 ? ` (and ${others.length} more places, listed in the ingest report)` : '';
    console.warn(`${first!.file}:${first!.line}: department “${first!.written}” (${first!.province ?? 'no province'}) is not in ${join(paths.vocabDir, 'departments.yaml')}${more}`);
  }
}

const inputsHash = () =>
  hashInputs(ingestInputs(paths), [`data=${paths.dataDir}`, `mdx=${paths.mdxDir}`]);
const outputsHash = () => hashInputs([paths.dataDir, paths.mdxDir]);
const stamp = join(paths.cacheDir, 'last-ingest');

try {
  const started = performance.now();
  const inputs = inputsHash();
  // The outputs (tens of MB at scale) are hashed only when the inputs match the last run.
  const last = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
  if (last.startsWith(`${inputs}\n`) && last === `${inputs}\n${outputsHash()}`) {
    const report = JSON.parse(readFileSync(join(paths.dataDir, 'ingest-report.json'), 'utf8')) as { unknownDepartments: UnknownDepartment[] };
    console.log(`ingest: sources, vocabularies and code unchanged since the last run, outputs untouched; skipped (${Math.round(performance.now() - started)} ms)`);
    warnUnknown(report.unknownDepartments);
  } else {
    const built = buildData(paths);
    const ms = Math.round(performance.now() - started);
    console.log(`ingest: ${built.ledgers.length} sources → ${built.documents.length} documents, ${built.clauses.length} clauses, ${built.targets.length} targets, ${built.links.length} links in ${ms} ms`);
    warnUnknown(built.unknownDepartments);
    mkdirSync(paths.cacheDir, { recursive: true });
    writeStamp(stamp, `${inputs}\n${outputsHash()}`);
  }
} catch (error) {
  if (error instanceof IngestError || error instanceof VocabError) {
    // A clear message naming file and line, no stack trace: the input is at fault, not the code.
    console.error(`ingest failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
