// The real corpus, ingested and annotated once per test file (module cache), in memory.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assembleCorpus } from '../../scripts/build-data.ts';
import { normaliseLine } from '../../scripts/ingest/normalise-line.ts';
import { ErrataSchema } from '../../src/schemas/erratum.ts';
import { SourceManifestSchema } from '../../src/schemas/manifest.ts';

export const { built: corpus, vocab } = assembleCorpus('content/sources', 'content/vocab');

/** @returns the raw lines of a source file (1-based: index 0 is line 1) */
export function rawLines(file: string): string[] {
  return readFileSync(`content/sources/${file}`, 'utf8').split('\n');
}

/** @returns the clauses of one document, in source order */
export function clausesOf(documentId: string) {
  return corpus.clauses.filter((c) => c.documentId === documentId);
}

/** @returns the document with this id, or throws */
export function documentOf(id: string) {
  const document = corpus.documents.find((d) => d.id === id);
  if (!document) throw new Error(`no document ${id}`);
  return document;
}

const errata = ErrataSchema.parse(parse(readFileSync('content/vocab/errata.yaml', 'utf8')));
const scriptOf = (file: string) => SourceManifestSchema.parse(parse(readFileSync('content/sources/sources.yaml', 'utf8'))).find((e) => e.file === file)!.script;

/**
 * The raw line on which a target's span starts: a clause's text is the concatenation of its normalised lines.
 * @param anchorId the clause id, or `documentId/sectionId` for a target printed in a heading (targetAnchor)
 * @param start the offset in the clause text
 * @returns the 1-based line of the raw source file
 */
export function lineOf(anchorId: string, start: number): number {
  const clause = corpus.clauses.find((c) => c.id === anchorId);
  if (!clause) {
    const [documentId, sectionId] = anchorId.split('/');
    return documentOf(documentId!).sections.find((s) => s.id === sectionId)!.line;
  }
  const { file, startLine, endLine } = clause.source;
  const raw = rawLines(file);
  let offset = 0;
  for (let line = startLine; line <= endLine; line++) {
    const text = normaliseLine(raw[line - 1]!, line, { file, script: scriptOf(file), errata: errata.filter((e) => e.file === file && e.line === line) }).text;
    if (start < offset + text.length) return line;
    offset += text.length;
  }
  return endLine;
}
