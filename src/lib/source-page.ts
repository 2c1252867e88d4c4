// The raw source view: a committed source file exactly as it is, line by line, with what the ingest
// made of each line (its role in the ledger, the clause or heading it became, any erratum).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../../scripts/ingest/decode-source.ts';
import { clauses, documentBySourceFile, hrefOf, ingestReport, sourceSlug, type AtlasDocument } from './atlas.ts';
import { LINE_ROLE_LABEL } from './data-page.ts';
import { clauseName, NAME_LENGTH } from './clause-list.ts';
import { CLAUSE_LEVEL, correctionShown, NOTED_ALONE } from './repair-notes.ts';

const sourcesDir = process.env.ATLAS_SOURCES_DIR || join(process.cwd(), 'content/sources');

// Looked up once per file rather than by scanning every list on every page (500 pages at 100×).
const ledgerByFile = new Map(ingestReport.sources.map((s) => [s.file, s]));
const clausesByFile = Map.groupBy(clauses, (c) => c.source.file);

/** One raw line and what became of it. */
export interface SourceLine {
  number: number;
  /** The line as committed (decoded; no line terminator). */
  text: string;
  /** clause / heading / metadata / boilerplate, or '' for a blank line. */
  role: string;
  roleLabel: string;
  /** The ledger rule that classified a metadata or boilerplate line (fields, greeting, nav-item…). */
  rule: string;
  /** What that rule matched, in Chinese (信息栏字段, 页脚联系方式…). */
  why: string;
  /** Where the line lives on the site: every clause it holds (one line may hold several), or its section. */
  links: Array<{ href: string; label: string }>;
  /** Declared corrections applied to this line. */
  /** `shown`: the correction as the site's text reads it, when script conversion changed it; else null. */
  errata: Array<{ original: string; correction: string; shown: string | null; note: string }>;
  /** Rejoins of this line with the next part of its sentence. */
  notes: string[];
  /** The normalisations made to this line's text on the site, in one sentence (null when none). */
  normalised: string | null;
}

/** The files the source view has a page for: every source the ingest read. */
export function sourceFiles(): string[] {
  return ingestReport.sources.map((s) => s.file);
}

/**
 * @param lines a file's ledger lines
 * @returns the first `count` distinct rules they use, in line order, and whether there are more
 */
export function ruleExamples(lines: ReadonlyArray<{ rule?: string | null }>, count = 2): { shown: string[]; more: boolean } {
  const used = [...new Set(lines.flatMap((l) => (l.rule ? [l.rule] : [])))];
  return { shown: used.slice(0, count), more: used.length > count };
}

/**
 * Everything the source view shows for one file.
 * @param file source file name, e.g. jiangsu-5x100-action-plan-2024.txt
 * @returns the file's provenance (sha256 as computed now and as ingested) and its lines
 */
export function sourcePage(file: string) {
  const ledger = ledgerByFile.get(file);
  if (!ledger) throw new Error(`${file} is not in the ingest report`);
  const bytes = readFileSync(join(sourcesDir, file));
  const decoded = decodeSource(file, bytes);
  const document: AtlasDocument | null = documentBySourceFile.get(file) ?? null;
  const roleOf = new Map(ledger.lines.map((l) => [l.line, l]));
  const own = clausesByFile.get(file) ?? [];
  const sectionAt = new Map((document?.sections ?? []).map((s) => [s.line, s]));
  const repairsAt = Map.groupBy(ledger.repairs, (r) => r.line);
  const lines: SourceLine[] = decoded.text.split('\n').map((text, index) => {
    const number = index + 1;
    const entry = roleOf.get(number);
    const role = entry?.role ?? '';
    const held = role === 'clause' || role === 'heading' ? own.filter((c) => c.source.startLine <= number && number <= c.source.endLine) : [];
    const section = role === 'heading' ? sectionAt.get(number) : undefined;
    const links = held.length > 0
      ? held.map((c) => ({ href: hrefOf(c.id), label: clauseName(c, NAME_LENGTH) }))
      : section && document ? [{ href: `/documents/${document.id}/#${section.id}`, label: `${section.marker}${section.title}` }] : [];
    const repairs = repairsAt.get(number) ?? [];
    return {
      number,
      text,
      role,
      roleLabel: role ? LINE_ROLE_LABEL[role] ?? role : '',
      rule: entry?.rule ?? '',
      why: entry?.why ?? entry?.rule ?? '',
      links,
      errata: repairs.filter((r) => r.kind === 'erratum').map((r) => {
        // The correction is in the raw line's script (深海空間); the site's text, converted, may read otherwise (深海空间).
        const shown = correctionShown(r);
        return { original: r.original ?? '', correction: r.correction ?? '', shown: shown !== r.correction ? shown : null, note: r.note };
      }),
      notes: repairs.filter((r) => CLAUSE_LEVEL.has(r.kind)).map((r) => r.note),
      // A dropped line (web-page chrome) is not on the site, so how its text was normalised says nothing.
      normalised: role === 'boilerplate' ? null : [...new Set(repairs.filter((r) => !NOTED_ALONE.has(r.kind)).map((r) => r.note))].join('，') || null,
    };
  });
  // A final newline leaves an empty last element: it is a terminator, not a line.
  if (lines.length > 1 && lines.at(-1)!.text === '' && decoded.text.endsWith('\n')) lines.pop();
  return {
    file,
    slug: sourceSlug(file),
    document,
    sha256: decoded.sha256,
    ingestedSha256: ledger.sha256,
    encoding: decoded.encoding,
    hadBom: decoded.hadBom,
    hadCrlf: decoded.hadCrlf,
    bytes: bytes.length,
    counts: ledger.counts,
    // The intro's examples of rule names: the first two this file's lines use, so none is a rule it never applies.
    rules: ruleExamples(ledger.lines),
    lines,
  };
}
