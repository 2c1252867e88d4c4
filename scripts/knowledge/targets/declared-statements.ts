import type { Repair } from '../../../src/schemas/provenance.ts';
import type { DeclaredStatement, Target } from '../../../src/schemas/target.ts';

/** What looking up a declared statement among the targets found. */
export type StatementLookup =
  | { found: Target }
  /** Its document is not in this corpus (a test's, or another one). */
  | { absent: true }
  /** The field at fault and what is wrong with it. */
  | { field: 'document' | 'text' | 'line'; problem: string };

/** @returns the targets by their document, for {@link lookUpStatement} */
export function targetsByDocument(targets: readonly Target[]): Map<string, Target[]> {
  return Map.groupBy(targets, (t) => t.documentId);
}

/**
 * Find the one target a declared statement names: its document, its text, on its line (which tells apart a text
 * printed twice in one document).
 * @param byDocument the targets by document ({@link targetsByDocument})
 * @param statement the declared statement
 * @param documentIds the corpus's documents, when known: a document of the corpus with no targets is then a fault, not absent
 * @returns the target, or that its document is absent from the corpus, or what is wrong
 */
export function lookUpStatement(byDocument: ReadonlyMap<string, readonly Target[]>, statement: DeclaredStatement, documentIds?: ReadonlySet<string>): StatementLookup {
  const own = byDocument.get(statement.document);
  if (own === undefined) {
    return documentIds?.has(statement.document) ? { field: 'document', problem: `${statement.document} has no targets` } : { absent: true };
  }
  const worded = own.filter((t) => t.text === statement.text);
  if (worded.length === 0) return { field: 'text', problem: `${statement.document} has no target “${statement.text}” (a target's text as in targets.json)` };
  const onLine = worded.filter((t) => t.line === statement.line);
  if (onLine.length === 1) return { found: onLine[0]! };
  if (onLine.length === 0) {
    return { field: 'line', problem: `“${statement.text}” of ${statement.document} begins on line ${[...new Set(worded.map((t) => t.line))].join(', ')}, not ${statement.line}` };
  }
  return { field: 'text', problem: `${onLine.length} targets of ${statement.document} read “${statement.text}” on line ${statement.line}` };
}

/**
 * The raw source line an offset of a clause's text stands on: the clause's first line, or the line a page-break
 * rejoin brought in at or before the offset (a `rejoin` repair's empty span marks where that line's text begins).
 * @param clause the clause: its first line and its repairs
 * @param offset an offset in its text
 * @returns the 1-based line of the source file
 */
export function sourceLineAt(clause: { source: { startLine: number }; repairs: readonly Repair[] }, offset: number): number {
  let line = clause.source.startLine;
  for (const repair of clause.repairs) {
    if (repair.kind === 'rejoin' && repair.span !== undefined && repair.span.start <= offset && repair.line > line) line = repair.line;
  }
  return line;
}
