// The about page's facts, read from the data rather than written twice: the sources, the repairs the
// ingest made (with the notes readers see), and the documents' data-quality notes.
import { clausesByDocument, documents, ingestReport, KIND_LABEL, provinceById, sourceHref } from './atlas.ts';
import { REPAIR_KIND_LABEL } from './data-page.ts';

/** @returns each source file with its document, kind, provinces, clause count and dropped lines (the about page and /sources/ list them) */
export function sourceRows() {
  return ingestReport.sources.map((source) => {
    const document = documents.find((d) => d.source?.file === source.file) ?? null;
    const places = document ? (document.province ? [document.province] : document.provinces) : [];
    return {
      file: source.file,
      href: sourceHref(source.file),
      document,
      kindLabel: document ? KIND_LABEL[document.kind] ?? document.kind : '',
      provinces: places.map((p) => provinceById.get(p)?.short ?? p).join('、'),
      // Clauses as the document page counts them; the ledger's clause count is of lines (a clause may span several,
      // a line hold several), and under the heading 条款 it disagreed with every other page.
      clauses: document ? clausesByDocument.get(document.id)?.length ?? 0 : 0,
      boilerplate: source.counts.boilerplate ?? 0,
    };
  });
}

/**
 * @returns the source files with their documents, one example note per repair kind with its count,
 *   and the truncated documents
 */
export function aboutPage() {
  const sources = sourceRows();
  const repairs = new Map<string, { kind: string; label: string; count: number; example: string }>();
  for (const repair of ingestReport.sources.flatMap((source) => source.repairs)) {
    const entry = repairs.get(repair.kind) ?? { kind: repair.kind, label: REPAIR_KIND_LABEL[repair.kind] ?? repair.kind, count: 0, example: repair.note };
    entry.count += 1;
    repairs.set(repair.kind, entry);
  }
  // Repairs the ingest can make that this corpus never needed are listed too, with a zero count.
  for (const [kind, label] of Object.entries(REPAIR_KIND_LABEL)) if (!repairs.has(kind)) repairs.set(kind, { kind, label, count: 0, example: '' });
  return {
    sources,
    repairs: [...repairs.values()],
    truncated: documents.filter((d) => d.truncated),
    referencedCount: documents.filter((d) => d.kind === 'referenced').length,
  };
}
