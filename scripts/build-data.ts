import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadCorpus } from './ingest/load-corpus.ts';
import { ingestSource, type IngestedClause, type IngestedDocument, type SourceLedger } from './ingest/ingest-source.ts';
import { loadVocab, readVocabFiles, type Vocab } from './knowledge/load-vocab.ts';
import { checkReaderTerms, type HeldLine } from './knowledge/check-reader-terms.ts';
import { annotateCorpus, type KnowledgeLayer } from './knowledge/annotate-corpus.ts';
import { checkTargetPlaces } from './knowledge/check-target-places.ts';
import { emitMdx, type InlineMark } from './emit/emit-mdx.ts';
import { IngestCache } from './build/ingest-cache.ts';
import { writeIfChanged } from './build/input-stamp.ts';
import { documentBlocks } from './emit/document-blocks.ts';
import { publishSources, SOURCES_README } from './emit/source-copies.ts';
import { clausesCsv, departmentFunctionRecords, departmentRecords, measureRecords, sectorRecords, targetsCsv } from './emit/open-data.ts';
import { DocumentSchema } from '../src/schemas/document.ts';
import { ClauseSchema } from '../src/schemas/clause.ts';
import { TargetSchema } from '../src/schemas/target.ts';
import { LinkSchema } from '../src/schemas/link.ts';
import { dataVersionOf, heldTextDates } from '../src/lib/open-data-catalogue.ts';
import { dataReadme } from './emit/data-readme.ts';
import { DepartmentFunctionRecordSchema, DepartmentRecordSchema, MeasureRecordSchema, SectorsFileSchema } from '../src/schemas/open-data.ts';
import { IngestReportSchema } from '../src/schemas/ingest-report.ts';

export interface BuildDataOptions {
  sourcesDir: string;
  vocabDir: string;
  /** Where parsed sources are cached by content hash; no caching when absent. */
  cacheDir?: string;
  /** Where the open-data JSON goes (copied into dist/data by Astro). */
  dataDir: string;
  /** Where the generated MDX goes (read by the site's reader, src/lib/mdx-reader.ts). */
  mdxDir: string;
}

export interface BuiltData extends KnowledgeLayer {
  ledgers: SourceLedger[];
}

/**
 * Ingest every source in the manifest, attach the knowledge layer, and write the open data and one MDX per document.
 * @param options folders to read from and write to
 * @returns what was written
 * @throws IngestError naming file and line when a source cannot be read or structured, or a target names a missing clause
 */
export function buildData(options: BuildDataOptions): BuiltData {
  const { built, vocab } = assembleCorpus(options.sourcesDir, options.vocabDir, options.cacheDir);
  writeOutputs(options, built, vocab);
  return built;
}

/**
 * Ingest and annotate the corpus in memory, writing nothing.
 * @param sourcesDir folder with the raw texts and sources.yaml
 * @param vocabDir folder with the vocabularies
 * @param cacheDir folder for parsed sources keyed by content hash, or undefined for none
 * @returns the annotated corpus and the vocabularies it was tagged with
 */
export function assembleCorpus(sourcesDir: string, vocabDir: string, cacheDir?: string): { built: BuiltData; vocab: Vocab } {
  const corpus = loadCorpus(sourcesDir, vocabDir);
  const cache = cacheDir ? new IngestCache(cacheDir, ['page-chrome.yaml', 'errata.yaml', 'provinces.yaml'].map((f) => join(vocabDir, f))) : null;
  const vocabFiles = readVocabFiles(vocabDir);
  const vocab = loadVocab(vocabDir, new Set(corpus.manifest.map((entry) => entry.file)), vocabFiles);
  const documents: IngestedDocument[] = [];
  const clauses: IngestedClause[] = [];
  const ledgers: SourceLedger[] = [];
  for (const entry of corpus.manifest) {
    const bytes = readFileSync(join(sourcesDir, entry.file));
    const key = cache?.key(bytes, entry);
    let result = key ? cache!.get<ReturnType<typeof ingestSource>>(key) : undefined;
    if (!result) {
      result = ingestSource(entry, bytes, corpus);
      if (key) cache!.set(key, result);
    }
    documents.push(...result.documents);
    clauses.push(...result.clauses);
    ledgers.push(result.ledger);
  }
  // Before the knowledge layer: a reader term the texts write is a vocabulary error, found without tagging anything.
  checkReaderTerms(vocabFiles.sectors, heldLines(ledgers, documents, clauses));
  const layer = annotateCorpus(documents, clauses, vocab);
  checkTargetPlaces(layer.targets, layer.clauses, layer.documents);
  return { built: { ...layer, ledgers }, vocab };
}

/** Every line of the held texts as captured, and their clauses, titles and headings as the site reads them (simplified). */
function* heldLines(ledgers: SourceLedger[], documents: IngestedDocument[], clauses: IngestedClause[]): Generator<HeldLine> {
  for (const ledger of ledgers) for (const { line, text } of ledger.lines) yield { where: `${ledger.file}:${line}`, text };
  for (const clause of clauses) yield { where: `${clause.source.file}:${clause.source.startLine}`, text: clause.text };
  for (const document of documents) {
    if (!document.source) continue;
    const { file } = document.source;
    for (const title of [document.title, ...document.titleVariants]) yield { where: `${file} (title)`, text: title };
    for (const section of document.sections) yield { where: `${file}:${section.line}`, text: section.title };
  }
}

function writeOutputs(options: BuildDataOptions, data: BuiltData, vocab: Vocab): void {
  mkdirSync(options.mdxDir, { recursive: true });
  mkdirSync(join(options.dataDir, 'schema'), { recursive: true });
  // Unchanged files are left untouched, so a rebuild's later steps can see that nothing changed.
  // Each published file's content, for the data version.
  const contents: Array<[string, string]> = [];
  const write = (name: string, content: string) => {
    contents.push([name, content]);
    writeIfChanged(join(options.dataDir, name), content);
  };
  const json = (name: string, value: unknown) => write(name, `${JSON.stringify(value, null, 1)}\n`);
  const published: Array<[string, unknown, z.ZodType]> = [
    ['documents', data.documents, z.array(DocumentSchema)],
    ['clauses', data.clauses, z.array(ClauseSchema)],
    ['targets', data.targets, z.array(TargetSchema)],
    ['links', data.links, z.array(LinkSchema)],
    ['departments', departmentRecords(vocab, data), z.array(DepartmentRecordSchema)],
    ['department-functions', departmentFunctionRecords(vocab), z.array(DepartmentFunctionRecordSchema)],
    ['sectors', sectorRecords(vocab, data), SectorsFileSchema],
    ['measures', measureRecords(vocab, data), z.array(MeasureRecordSchema)],
  ];
  for (const [name, value, schema] of published) {
    // Validate what we publish against the schema we publish: a mismatch is a bug, caught here.
    schema.parse(value);
    json(`${name}.json`, value);
    json(`schema/${name}.schema.json`, z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }));
  }
  write('targets.csv', targetsCsv(data));
  write('clauses.csv', clausesCsv(vocab, data));
  const sidecars = publishSources(options.sourcesDir, data.ledgers.map((l) => l.file), options.dataDir);
  json('schema/ingest-report.schema.json', z.toJSONSchema(IngestReportSchema, { io: 'output', unrepresentable: 'any' }));
  // Every published file: the sources by their hashes, the manifest and its README as bytes, and the report, which
  // names the version, as written without it (serialised once: at 100× it is tens of MB).
  const unversioned = ingestReport(data);
  const reportText = `${JSON.stringify(unversioned, null, 1)}\n`;
  const version = dataVersionOf([
    ...contents,
    ...data.ledgers.map((l): [string, string] => [`sources/${l.file}`, l.sha256]),
    ...sidecars.map((name): [string, Uint8Array] => [`sources/${name}`, readFileSync(join(options.sourcesDir, name))]),
    ['ingest-report.json', reportText],
  ]);
  const report = { dataVersion: version, ...unversioned };
  IngestReportSchema.parse(report);
  // The version first, then the report as hashed: the same text JSON.stringify(report, null, 1) gives.
  writeIfChanged(join(options.dataDir, 'ingest-report.json'), `{\n "dataVersion": ${JSON.stringify(version)},${reportText.slice(1)}`);
  writeIfChanged(join(options.dataDir, 'README.md'), dataReadme(version, sidecars.includes(SOURCES_README), heldTextDates(data.documents)));

  const clausesByDocument = Map.groupBy(data.clauses, (c) => c.documentId);
  const written = new Set<string>();
  const targetsById = new Map(data.targets.map((t) => [t.id, t]));
  // Targets printed in a section heading rather than a clause (（一）着力推进100项重大前沿技术攻关).
  const headingTargetsByDocument = Map.groupBy(data.targets.filter((t) => t.sectionId !== null), (t) => t.documentId);
  for (const document of data.documents) {
    if (document.kind === 'referenced') continue;
    const own = clausesByDocument.get(document.id) ?? [];
    const frontmatter = { id: document.id, title: document.title, kind: document.kind, province: document.province, date: document.date };
    const marksFor = (clause: (typeof own)[number]): InlineMark[] => [
      ...clause.targets.map((id) => targetsById.get(id)!).map((t) => ({ start: t.start, end: t.end, component: 'Target' as const, attributes: { id: t.id } })),
      ...clause.citations.map((c) => ({ start: c.start, end: c.end, component: 'Citation' as const, attributes: { to: c.to } })),
      ...(clause.departmentTag ? [{ start: clause.departmentTag.start, end: clause.departmentTag.end, component: 'DepartmentTag' as const, attributes: {} }] : []),
    ];
    const headingTargets = Map.groupBy(headingTargetsByDocument.get(document.id) ?? [], (t) => t.sectionId!);
    writeIfChanged(join(options.mdxDir, `${document.id}.mdx`), emitMdx(frontmatter, documentBlocks(document, own, marksFor, headingTargets)));
    written.add(`${document.id}.mdx`);
  }
  // A document that left the corpus must leave the site too.
  for (const name of readdirSync(options.mdxDir)) if (name.endsWith('.mdx') && !written.has(name)) rmSync(join(options.mdxDir, name));
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
    targets: data.targets.length,
    links: data.links.length,
    unknownDepartments: data.unknownDepartments,
    corruptedRuns: data.documents.flatMap((d) => d.corruptedRuns.map((r) => ({ documentId: d.id, ...r }))),
    truncated: data.documents.filter((d) => d.truncated).map((d) => d.id),
    sources: data.ledgers,
  };
}
