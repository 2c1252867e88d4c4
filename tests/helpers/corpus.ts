// The real corpus, ingested and annotated once per test file (module cache), in memory.
import { readFileSync } from 'node:fs';
import { assembleCorpus } from '../../scripts/build-data.ts';

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
