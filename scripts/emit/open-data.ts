import type { z } from 'zod';
import type { Vocab } from '../knowledge/load-vocab.ts';
import type { KnowledgeLayer } from '../knowledge/annotate-corpus.ts';
import type { DepartmentFunctionRecordSchema, DepartmentRecordSchema, MeasureRecordSchema, SectorRecordSchema } from '../../src/schemas/open-data.ts';
import type { Target } from '../../src/schemas/target.ts';
import { listedInNote } from '../../src/schemas/clause.ts';
import { columnsToCsv } from '../../src/lib/csv.ts';
import { CLAUSE_CSV_COLUMNS } from '../../src/lib/clause-csv.ts';
import { TARGET_CSV_COLUMNS } from '../../src/lib/target-csv.ts';
import { MANY_PROVINCES_KEY } from '../../src/lib/labels.ts';
import { loadTargetVocab } from '../knowledge/targets/load-target-vocab.ts';

type DepartmentRecord = z.output<typeof DepartmentRecordSchema>;
type DepartmentFunctionRecord = z.output<typeof DepartmentFunctionRecordSchema>;
type SectorRecord = z.output<typeof SectorRecordSchema>;
type MeasureRecord = z.output<typeof MeasureRecordSchema>;

/**
 * Departments of the registry with the clauses they lead, co-own, inherit or are inferred for.
 * @param vocab the vocabularies
 * @param layer the annotated corpus
 * @returns one record per registry entry
 */
export function departmentRecords(vocab: Vocab, layer: KnowledgeLayer): DepartmentRecord[] {
  const records = new Map<string, DepartmentRecord>();
  for (const [province, registry] of Object.entries(vocab.departments.provinces)) {
    for (const d of registry.departments) {
      const id = `${province}/${d.id}`;
      records.set(id, {
        id, province: province as DepartmentRecord['province'], slug: d.id, name: d.name, short: d.short, aliases: d.aliases, kind: d.kind, function: d.function ?? null, note: d.note ?? null,
        counts: { lead: 0, co: 0, inherited: 0, inferred: 0 }, clauses: { lead: [], co: [], inherited: [], inferred: [] }, documents: [], mentions: [], partners: [],
      });
    }
  }
  // Partners are bodies the same responsibility note lists together; inherited and inferred duties are not the text naming them together.
  const partners = new Map<string, Map<string, number>>();
  for (const clause of layer.clauses) {
    const ids = clause.departments.filter((d) => listedInNote(d.role)).map((d) => d.id).filter((id): id is string => id !== null);
    for (const d of clause.departments) {
      const record = d.id ? records.get(d.id) : undefined;
      if (!record) continue;
      record.counts[d.role]++;
      record.clauses[d.role].push(clause.id);
      if (!listedInNote(d.role)) continue;
      const mine = partners.get(record.id) ?? new Map<string, number>();
      for (const other of ids) if (other !== record.id) mine.set(other, (mine.get(other) ?? 0) + 1);
      partners.set(record.id, mine);
    }
    for (const id of new Set(clause.mentions.map((m) => m.id))) records.get(id)?.mentions.push(clause.id);
  }
  for (const document of layer.documents) {
    // Issued or published by the department: a republishing county government lists the text it published.
    for (const id of new Set([...(document.issuerIds ?? []), document.publisherId])) if (id && records.has(id)) records.get(id)!.documents.push(document.id);
  }
  for (const record of records.values()) {
    record.partners = [...(partners.get(record.id) ?? new Map()).entries()]
      .map(([id, shared]) => ({ id, shared }))
      .sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id))
      .slice(0, 8);
  }
  return [...records.values()];
}

/**
 * The reviewed functions (职能) with the bodies holding them.
 * @param vocab the vocabularies
 * @returns one record per function, in the vocabulary's order; its bodies in the registry's province order
 */
export function departmentFunctionRecords(vocab: Vocab): DepartmentFunctionRecord[] {
  const holders = Object.entries(vocab.departments.provinces).flatMap(([province, registry]) => registry.departments.map((d) => ({ id: `${province}/${d.id}`, function: d.function })));
  return vocab.functions.functions.map((fn) => ({ id: fn.id, name: fn.name, note: fn.note, departments: holders.filter((d) => d.function === fn.id).map((d) => d.id) }));
}

/**
 * Sectors with the clauses tagged with them per province, and the provinces that list them as priorities.
 * @returns sector records and the priority lists
 */
export function sectorRecords(vocab: Vocab, layer: KnowledgeLayer): { sectors: SectorRecord[]; priorities: Vocab['sectors']['priorities'] } {
  const sectors = vocab.sectors.sectors.map((s): SectorRecord => ({
    id: s.id, name: s.name, parent: s.parent ?? s.id, aliases: s.aliases, readerTerms: s.readerTerms, note: s.note ?? null, clausesByProvince: {},
    priorityOf: [...new Set(vocab.sectors.priorities.filter((p) => p.sectors.some((x) => x.sector === s.id)).map((p) => p.province))],
  }));
  const byId = new Map(sectors.map((s) => [s.id, s]));
  // A clause about several provinces at once (the digest's opening) is kept under its own key, not dropped.
  for (const clause of layer.clauses) {
    for (const id of clause.sectors) (byId.get(id)!.clausesByProvince[clause.province ?? MANY_PROVINCES_KEY] ??= []).push(clause.id);
  }
  return { sectors, priorities: vocab.sectors.priorities };
}

/** @returns measures with the clauses tagged with them per province */
export function measureRecords(vocab: Vocab, layer: KnowledgeLayer): MeasureRecord[] {
  const measures = vocab.measures.measures.map((m): MeasureRecord => ({ id: m.id, name: m.name, description: m.description, clausesByProvince: {} }));
  const byId = new Map(measures.map((m) => [m.id, m]));
  for (const clause of layer.clauses) {
    for (const id of clause.measures) (byId.get(id)!.clausesByProvince[clause.province ?? MANY_PROVINCES_KEY] ??= []).push(clause.id);
  }
  return measures;
}

/**
 * Targets as CSV, one row a target (columns in src/lib/target-csv.ts), UTF-8 with a BOM so that Excel opens the Chinese correctly.
 * Each row names its category and the source lines it is printed on, so the file stands on its own.
 * @returns the CSV text, BOM first
 */
export function targetsCsv(layer: KnowledgeLayer): string {
  // The vocabulary the extractor categorised them with.
  const category = new Map(loadTargetVocab().categories.map((c) => [c.id, c.label]));
  const clause = new Map(layer.clauses.map((c) => [c.id, c]));
  const document = new Map(layer.documents.map((d) => [d.id, d]));
  return columnsToCsv(TARGET_CSV_COLUMNS, layer.targets, {
    categoryLabel: (id) => category.get(id) ?? id,
    sourceOf: (t) => {
      if (t.clauseId) {
        const { file, startLine, endLine } = clause.get(t.clauseId)!.source;
        return { file, startLine, endLine };
      }
      const d = document.get(t.documentId);
      const section = d?.sections.find((s) => s.id === t.sectionId);
      return d?.source && section ? { file: d.source.file, startLine: section.line, endLine: section.line } : null;
    },
  });
}

/**
 * Clauses as CSV, one row a clause, lists joined in one cell (src/lib/clause-csv.ts), UTF-8 with a BOM.
 * @param vocab the vocabularies, for sector and measure names
 * @param layer the annotated corpus
 * @returns the CSV text, BOM first
 */
export function clausesCsv(vocab: Vocab, layer: KnowledgeLayer): string {
  const title = new Map(layer.documents.map((d) => [d.id, d.title]));
  const sector = new Map(vocab.sectors.sectors.map((x) => [x.id, x.name]));
  const measure = new Map(vocab.measures.measures.map((x) => [x.id, x.name]));
  const target = new Map(layer.targets.map((t) => [t.id, t.text]));
  const names = {
    documentTitle: (id: string) => title.get(id) ?? id,
    sector: (id: string) => sector.get(id) ?? id,
    measure: (id: string) => measure.get(id) ?? id,
    target: (id: string) => target.get(id) ?? id,
  };
  return columnsToCsv(CLAUSE_CSV_COLUMNS, layer.clauses, names);
}
