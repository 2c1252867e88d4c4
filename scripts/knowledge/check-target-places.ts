import type { Target } from '../../src/schemas/target.ts';
import type { IngestedClause, IngestedDocument } from '../ingest/ingest-source.ts';
import { IngestError } from '../ingest/ingest-error.ts';

/**
 * Stop the build when a target names a clause or section heading that is not published: every page
 * and file that cites a target links to that place, so a dangling id would be a broken citation.
 * @param targets the targets to publish
 * @param clauses the clauses to publish
 * @param documents the documents to publish, with their sections
 * @throws IngestError naming the document's source file, the target and the missing id
 */
export function checkTargetPlaces(targets: readonly Target[], clauses: readonly IngestedClause[], documents: readonly IngestedDocument[]): void {
  const clauseIds = new Set(clauses.map((c) => c.id));
  const documentById = new Map(documents.map((d) => [d.id, d]));
  for (const target of targets) {
    const document = documentById.get(target.documentId);
    const file = document?.source?.file ?? 'content/sources/sources.yaml';
    if (document === undefined) throw new IngestError(file, null, `target ${target.id} names document ${target.documentId}, which documents.json does not have`);
    if (target.clauseId !== null && !clauseIds.has(target.clauseId)) {
      throw new IngestError(file, null, `target ${target.id} names clause ${target.clauseId}, which clauses.json does not have; a target must name the clause or the section heading it is printed in`);
    }
    if (target.sectionId !== null) {
      const section = document.sections.find((s) => s.id === target.sectionId);
      if (section === undefined) throw new IngestError(file, null, `target ${target.id} names section ${target.sectionId}, which ${document.id} does not have`);
    }
  }
}
