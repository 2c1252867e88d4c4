// Entry: turn content/sources into open data (public/data) and MDX (content/documents).
import { buildData } from './build-data.ts';
import { IngestError } from './ingest/ingest-error.ts';
import { join } from 'node:path';
import { paths } from './paths.ts';
import { VocabError } from './knowledge/load-vocab.ts';

try {
  const started = performance.now();
  const built = buildData(paths);
  const ms = Math.round(performance.now() - started);
  console.log(`ingest: ${built.ledgers.length} sources → ${built.documents.length} documents, ${built.clauses.length} clauses, ${built.targets.length} targets, ${built.links.length} links in ${ms} ms`);
  // One warning per unknown name, at its first place: a corpus of hundreds of sources repeats a name
  // thousands of times, and the full list is in the ingest report.
  const unknownByName = Map.groupBy(built.unknownDepartments, (u) => `${u.written}\0${u.province}`);
  for (const [first, ...others] of unknownByName.values()) {
    const more = others.length > 0 ? ` (and ${others.length} more places, listed in the ingest report)` : '';
    console.warn(`${first!.file}:${first!.line}: department “${first!.written}” (${first!.province ?? 'no province'}) is not in ${join(paths.vocabDir, 'departments.yaml')}${more}`);
  }
} catch (error) {
  if (error instanceof IngestError || error instanceof VocabError) {
    // A clear message naming file and line, no stack trace: the input is at fault, not the code.
    console.error(`ingest failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
