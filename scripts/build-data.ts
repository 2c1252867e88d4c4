import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from './ingest/load-corpus.ts';
import { ingestSource, type IngestedClause, type IngestedDocument, type SourceLedger } from './ingest/ingest-source.ts';
import { emitMdx } from './emit/emit-mdx.ts';
import { documentBlocks } from './emit/document-blocks.ts';

export interface BuildDataOptions {
  sourcesDir: string;
  vocabDir: string;
  /** Where the open-data JSON goes (copied into dist/data by Astro). */
  dataDir: string;
  /** Where the generated MDX goes (read by Astro's content layer). */
  mdxDir: string;
}

export interface BuiltData {
  documents: IngestedDocument[];
  clauses: IngestedClause[];
  ledgers: SourceLedger[];
}

/**
 * Ingest every source in the manifest and write documents, clauses, the ingest report and one MDX per document.
 * @param options folders to read from and write to
 * @returns what was written
 * @throws IngestError naming file and line when a source cannot be read or structured
 */
export function buildData(options: BuildDataOptions): BuiltData {
  const corpus = loadCorpus(options.sourcesDir, options.vocabDir);
  const documents: IngestedDocument[] = [];
  const clauses: IngestedClause[] = [];
  const ledgers: SourceLedger[] = [];
  for (const entry of corpus.manifest) {
    const bytes = readFileSync(join(options.sourcesDir, entry.file));
    const result = ingestSource(entry, bytes, corpus);
    documents.push(...result.documents);
    clauses.push(...result.clauses);
    ledgers.push(result.ledger);
  }
  writeOutputs(options, { documents, clauses, ledgers });
  return { documents, clauses, ledgers };
}

function writeOutputs(options: BuildDataOptions, data: BuiltData): void {
  rmSync(options.mdxDir, { recursive: true, force: true });
  mkdirSync(options.mdxDir, { recursive: true });
  mkdirSync(options.dataDir, { recursive: true });
  const json = (name: string, value: unknown) => writeFileSync(join(options.dataDir, name), `${JSON.stringify(value, null, 1)}\n`);
  json('documents.json', data.documents);
  json('clauses.json', data.clauses);
  json('ingest-report.json', ingestReport(data));
  for (const document of data.documents) {
    if (document.kind === 'referenced') continue;
    const own = data.clauses.filter((c) => c.documentId === document.id);
    const frontmatter = { id: document.id, title: document.title, kind: document.kind, province: document.province, date: document.date };
    writeFileSync(join(options.mdxDir, `${document.id}.mdx`), emitMdx(frontmatter, documentBlocks(document, own, () => [])));
  }
}

function ingestReport(data: BuiltData) {
  const totals = { sources: data.ledgers.length, nonBlankLines: 0, clause: 0, heading: 0, metadata: 0, boilerplate: 0 };
  for (const ledger of data.ledgers) {
    totals.nonBlankLines += ledger.nonBlankLines;
    for (const role of ['clause', 'heading', 'metadata', 'boilerplate'] as const) totals[role] += ledger.counts[role];
  }
  return {
    complete: totals.nonBlankLines === totals.clause + totals.heading + totals.metadata + totals.boilerplate,
    totals,
    documents: data.documents.length,
    clauses: data.clauses.length,
    sources: data.ledgers,
    corruptedRuns: data.documents.flatMap((d) => d.corruptedRuns.map((r) => ({ documentId: d.id, ...r }))),
    truncated: data.documents.filter((d) => d.truncated).map((d) => d.id),
  };
}
