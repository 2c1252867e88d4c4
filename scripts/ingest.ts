// Entry: turn content/sources into open data (public/data) and MDX (content/documents).
import { buildData } from './build-data.ts';
import { IngestError } from './ingest/ingest-error.ts';
import { paths } from './paths.ts';

try {
  const started = performance.now();
  const built = buildData(paths);
  const ms = Math.round(performance.now() - started);
  console.log(`ingest: ${built.ledgers.length} sources → ${built.documents.length} documents, ${built.clauses.length} clauses in ${ms} ms`);
} catch (error) {
  if (error instanceof IngestError) {
    // A clear message naming file and line, no stack trace: the input is at fault, not the code.
    console.error(`ingest failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
