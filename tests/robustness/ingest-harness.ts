// Runs the ingest on (possibly damaged) bytes of a real source and checks what the robustness
// contract promises: the ingest ends in output or an IngestError, no body text is lost or reordered,
// and the generated MDX compiles and renders every clause literally.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../scripts/ingest/load-corpus.ts';
import { ingestSource, type IngestedClause, type IngestedDocument, type SourceLedger } from '../../scripts/ingest/ingest-source.ts';
import { IngestError } from '../../scripts/ingest/ingest-error.ts';
import { decodeSource } from '../../scripts/ingest/decode-source.ts';
import { normaliseLine } from '../../scripts/ingest/normalise-line.ts';
import { documentBlocks } from '../../scripts/emit/document-blocks.ts';
import { emitMdx, type InlineMark } from '../../scripts/emit/emit-mdx.ts';
import type { SourceManifestEntry } from '../../src/schemas/manifest.ts';
import { readMdx } from './mdx-render.ts';

export const sourcesDir = 'content/sources';
export const corpus = loadCorpus(sourcesDir, 'content/vocab');

/** @returns the manifest entry of a real source file */
export function entryFor(file: string): SourceManifestEntry {
  const entry = corpus.manifest.find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in content/sources/sources.yaml`);
  return entry;
}

/** @returns the raw bytes of a real source file */
export function realBytes(file: string): Uint8Array {
  return readFileSync(join(sourcesDir, file));
}

export interface IngestResult {
  documents: IngestedDocument[];
  clauses: IngestedClause[];
  ledger: SourceLedger;
}

/**
 * Ingest bytes as if they were the given real source.
 * @param file the real source whose manifest entry (title, references, script) applies
 * @param bytes the (possibly damaged) bytes
 * @returns the ingest's output
 */
export function ingestBytes(file: string, bytes: Uint8Array): IngestResult {
  return ingestSource(entryFor(file), bytes, corpus);
}

/** What one ingest attempt ended in. */
export type Outcome = { kind: 'output'; result: IngestResult } | { kind: 'rejected'; error: IngestError } | { kind: 'crashed'; error: unknown };

/** @returns the outcome of ingesting bytes: output, a clear rejection, or anything else (a crash) */
export function attemptIngest(file: string, bytes: Uint8Array): Outcome {
  try {
    return { kind: 'output', result: ingestBytes(file, bytes) };
  } catch (error) {
    if (error instanceof IngestError) return { kind: 'rejected', error };
    return { kind: 'crashed', error };
  }
}

/** A rejection message names the file (and the line when one line is at fault), then says what was expected. */
export function isClearRejection(error: IngestError, file: string): boolean {
  const named = error.message.startsWith(`${file}:`) && error.file === file;
  const lineOk = error.line === null ? error.message.startsWith(`${file}: `) : error.message.startsWith(`${file}:${error.line}: `);
  return named && lineOk && error.message.length > file.length + 10;
}

const noSpace = (text: string) => text.replace(/\s+/gu, '');

/**
 * Check that no body text was lost, added or reordered. Precisely: take every raw line the ledger
 * accounts as clause or heading, normalise it as the ingest does (control characters, errata, pinyin,
 * OpenCC, width, spacing, bold residue: each a reported repair), and join them in line order; then join
 * the output in source order (section headings of heading-only lines, then clause texts). With white
 * space removed (layout spaces are a declared repair), the two strings must be equal. Metadata and
 * boilerplate lines are accounted separately: each must be in the ledger with its raw text. Where no
 * erratum or OpenCC applies, the ideographs of the raw lines must also equal those of the output.
 * @param file the real source the bytes stand for
 * @param bytes the bytes that were ingested
 * @param result the ingest's output
 * @returns a description of each violation; empty when the text is intact
 */
export function textViolations(file: string, bytes: Uint8Array, result: IngestResult): string[] {
  const entry = entryFor(file);
  const violations: string[] = [];
  const rawLines = decodeSource(file, bytes).text.split('\n');
  if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const ledgerByLine = new Map(result.ledger.lines.map((l) => [l.line, l]));
  const errata = corpus.errata.filter((e) => e.file === file);
  let expected = '';
  rawLines.forEach((raw, i) => {
    const line = i + 1;
    const normalised = normaliseLine(raw, line, { file, script: entry.script, errata: errata.filter((e) => e.line === line) });
    const ledger = ledgerByLine.get(line);
    if (normalised.text === '') return;
    if (!ledger) violations.push(`line ${line} is not blank but is missing from the ledger`);
    else if (ledger.text !== raw) violations.push(`ledger line ${line} does not hold the raw text`);
    else if (ledger.role === 'clause' || ledger.role === 'heading') expected += noSpace(normalised.text);
  });
  const document = result.documents.find((d) => d.id === entry.id)!;
  let observed = '';
  for (const block of documentBlocks(document, result.clauses, () => [])) {
    if ('text' in block) observed += noSpace(block.text);
    else {
      const section = document.sections.find((s) => s.id === block.anchor)!;
      if (ledgerByLine.get(section.line)?.role === 'heading') observed += noSpace(block.heading);
    }
  }
  // A second, independent check that does not trust the normaliser: where no erratum or OpenCC applies,
  // the ideographs of the raw clause and heading lines are exactly the ideographs of the output.
  if (entry.script === 'simplified' && errata.length === 0) {
    const han = (text: string) => text.match(/\p{Script=Han}/gu)?.join('') ?? '';
    const rawHan = result.ledger.lines.filter((l) => l.role === 'clause' || l.role === 'heading').map((l) => han(l.text)).join('');
    if (han(observed) !== rawHan) violations.push(`ideographs differ from the raw lines: ${han(observed).length} in the output, ${rawHan.length} in the source`);
  }
  if (observed !== expected) {
    let at = 0;
    while (at < expected.length && observed[at] === expected[at]) at++;
    violations.push(`body text differs at character ${at}: expected “${expected.slice(Math.max(0, at - 15), at + 25)}”, output has “${observed.slice(Math.max(0, at - 15), at + 25)}”`);
  }
  return violations;
}

/**
 * Emit the MDX of each document the result holds, as the build does (department tags marked).
 * @returns MDX source by document id
 */
export function documentMdx(result: IngestResult): Map<string, string> {
  const out = new Map<string, string>();
  for (const document of result.documents) {
    if (document.kind === 'referenced') continue;
    const own = result.clauses.filter((c) => c.documentId === document.id);
    const marks = (clause: IngestedClause): InlineMark[] =>
      clause.departmentTag ? [{ start: clause.departmentTag.start, end: clause.departmentTag.end, component: 'DepartmentTag', attributes: {} }] : [];
    const frontmatter = { id: document.id, title: document.title, kind: document.kind, province: document.province, date: document.date };
    out.set(document.id, emitMdx(frontmatter, documentBlocks(document, own, marks)));
  }
  return out;
}

/** The elements the reader makes of the ingest's MDX: paragraphs and the six components. */
export const READER_ELEMENTS = new Set(['p', 'article.clause', 'div.clause-text', 'div.clause-meta', 'strong.clause-lead', 'span.department-tag', 'a.citation', 'mark.target', 'h2.section-heading', 'h3.section-heading']);

/**
 * Render every document's MDX as the reader does; check each clause renders as exactly its text, each
 * heading as its printed marker and title, and that nothing but the site's components and paragraphs appears.
 * @returns a description of each violation; empty when every clause reads literally
 */
export async function mdxViolations(result: IngestResult): Promise<string[]> {
  const violations: string[] = [];
  for (const [id, mdx] of documentMdx(result)) {
    let rendered: ReturnType<typeof readMdx>;
    try {
      rendered = readMdx(mdx);
    } catch (error) {
      violations.push(`${id}.mdx does not render: ${(error as Error).message}`);
      continue;
    }
    for (const clause of result.clauses.filter((c) => c.documentId === id)) {
      const text = rendered.clauses.get(clause.id);
      if (text !== clause.text) violations.push(`${clause.id} renders as “${text}”, not as its text “${clause.text}”`);
    }
    const document = result.documents.find((d) => d.id === id)!;
    for (const section of document.sections) {
      const text = rendered.headings.get(section.id);
      if (text !== section.marker + section.title) violations.push(`heading ${section.id} renders as “${text}”, not “${section.marker}${section.title}”`);
    }
    const foreign = [...rendered.elements].filter((name) => !READER_ELEMENTS.has(name));
    if (foreign.length > 0) violations.push(`${id}.mdx renders elements that are not the site's: ${foreign.join(', ')}`);
  }
  return violations;
}

/** @returns the source text as UTF-8 */
export function realText(file: string): string {
  return new TextDecoder('utf-8').decode(realBytes(file));
}

/** @returns the string's bytes in UTF-16 with a byte-order mark, little- or big-endian */
export function utf16WithBom(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (endian === 'le') return new Uint8Array(le);
  const be = Buffer.from(le);
  be.swap16();
  return new Uint8Array(be);
}
