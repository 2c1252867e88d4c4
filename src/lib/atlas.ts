// The one data module pages read. It loads the open-data files the ingest wrote, once, at build time,
// so what the site shows is exactly what readers can download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { AtlasDocument } from '../schemas/document.ts';
import type { AtlasClause } from '../schemas/clause.ts';
import { targetAnchor, type Target } from '../schemas/target.ts';
import type { Link } from '../schemas/link.ts';
import type { DepartmentFunctionRecordSchema, DepartmentRecordSchema, MeasureRecordSchema, SectorsFileSchema } from '../schemas/open-data.ts';
import type { IngestReportSchema } from '../schemas/ingest-report.ts';

export type Department = z.output<typeof DepartmentRecordSchema>;
export type DepartmentFunction = z.output<typeof DepartmentFunctionRecordSchema>;
export type MeasureRecord = z.output<typeof MeasureRecordSchema>;
export type SectorsFile = z.output<typeof SectorsFileSchema>;
export type SectorRecord = SectorsFile['sectors'][number];
export type { AtlasDocument, AtlasClause, Target, Link };
export { DEPARTMENT_ROLES, listedInNote } from '../schemas/clause.ts';

const dataDir = process.env.ATLAS_DATA_DIR || join(process.cwd(), 'public/data');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as T;

export const documents = read<AtlasDocument[]>('documents.json');
export const clauses = read<AtlasClause[]>('clauses.json');
export const targets = read<Target[]>('targets.json');
export const links = read<Link[]>('links.json');
export const departments = read<Department[]>('departments.json');
export const departmentFunctions = read<DepartmentFunction[]>('department-functions.json');
export const sectorsFile = read<SectorsFile>('sectors.json');
export const measures = read<MeasureRecord[]>('measures.json');
export const ingestReport = read<IngestReport>('ingest-report.json');

export type IngestReport = z.output<typeof IngestReportSchema>;

import { clauseName, NAME_LENGTH } from './clause-list.ts';
import { breakOffText, erratumTexts } from './repair-notes.ts';
import { anchorOf, provinces, KIND_LABEL, KIND_ORDER, ROLE_LABEL, ROLE_SUMMARY, type ProvinceId } from './labels.ts';

import { printedAmount, targetAction, targetAmount, targetHedge, targetStatement, targetYearLabel, targetYears, targetYearSpan, yearSourceLabel } from './target-labels.ts';

export { anchorOf, provinces, targetAnchor, KIND_LABEL, KIND_ORDER, ROLE_LABEL, ROLE_SUMMARY, type ProvinceId };
export { printedAmount, targetAction, targetAmount, targetHedge, targetStatement, targetYearLabel, targetYears, targetYearSpan, yearSourceLabel };

export const documentById = new Map(documents.map((d) => [d.id, d]));
export const clauseById = new Map(clauses.map((c) => [c.id, c]));
export const targetById = new Map(targets.map((t) => [t.id, t]));
export const departmentById = new Map(departments.map((d) => [d.id, d]));
export const sectorById = new Map(sectorsFile.sectors.map((s) => [s.id, s]));
export const measureById = new Map(measures.map((m) => [m.id, m]));
export const provinceById = new Map(provinces.map((p) => [p.id as string, p]));
export const clausesByDocument = Map.groupBy(clauses, (c) => c.documentId);
/** Targets by the clause or section heading they are printed in (see targetAnchor). */
export const targetsByClause = Map.groupBy(targets, targetAnchor);
export const linksFrom = Map.groupBy(links, (l) => l.from);
export const linksTo = Map.groupBy(links, (l) => l.to);
/** Each target that restates another (links of type same-target), to the earlier statement it repeats. */
export const restatementOf = new Map(links.filter((l) => l.type === 'same-target').map((l) => [l.from, l.to]));
/**
 * The clause each truncated document's text breaks off in (its last), with the raw line it ends on: a reader who
 * lands on that clause from a search, a link or a card must learn it is incomplete, not only from the document's head.
 */
export const breaksOffAt = new Map(
  documents.filter((d) => d.truncated).flatMap((d) => {
    const last = clausesByDocument.get(d.id)?.at(-1);
    return last ? [[last.id, last.source.endLine] as const] : [];
  }),
);
/**
 * What a reader quoting a clause must be told about its words, wherever they are shown or cited: each correction
 * the site made, and where the source breaks off in it.
 * @returns e.g. [`第35行原文“深??臻g”更正为“深海空间”`], [`原文在第85行句子中途结束，本条不完整`]
 */
export function clauseCaveats(clause: AtlasClause): string[] {
  const line = breaksOffAt.get(clause.id);
  return [...erratumTexts(clause.repairs), ...(line === undefined ? [] : [breakOffText(line)])];
}
/** @returns the first statement of a target: a restatement's earlier statement, followed to the first (links of type same-target) */
export function firstStatementOf(id: string): string {
  let at = id;
  while (restatementOf.has(at)) at = restatementOf.get(at)!;
  return at;
}
/** Every statement of each target stated more than once, in data order, by its first statement's id. */
const statementsByFirst = Map.groupBy(targets, (t) => firstStatementOf(t.id));
/** @returns the other statements of the same target (the plan's goal restated by a task heading or by its 解读) */
export function otherStatementsOf(id: string): Target[] {
  return (statementsByFirst.get(firstStatementOf(id)) ?? []).filter((t) => t.id !== id);
}
/** Each whole with declared parts (targets.json parts), by the first statement of its target: any statement of it has them. */
const wholeByFirst = new Map(targets.filter((t) => t.parts.length > 0).map((t) => [firstStatementOf(t.id), t]));
/**
 * @returns the statement declared to have parts (content/vocab/same-targets.yaml `parts`) of the target this one states,
 *   itself or another statement of it (the three-year plan's 100个未来产业标准规范 has the parts of the 5个100 plan's 100项);
 *   undefined when the target has none
 */
export function wholeWithParts(id: string): Target | undefined {
  return wholeByFirst.get(firstStatementOf(id));
}
/** @returns the whole a target is declared a part of (targets.json partOf), or undefined */
export function wholeOf(id: string): Target | undefined {
  const whole = targetById.get(id)?.partOf;
  return whole ? targetById.get(whole) : undefined;
}
/** Documents known only from a passage that names them without a 《title》 link (公布了…名单), by the clause that names them. */
export const knownFromClause = Map.groupBy(documents.filter((d) => d.knownFrom?.clauseId), (d) => d.knownFrom!.clauseId!);
/** Each section heading as printed (`三、框架内容`, `重庆市`), keyed `documentId/sectionId`. */
const sectionLabels = new Map(documents.flatMap((d) => d.sections.map((s) => [`${d.id}/${s.id}`, `${s.marker}${s.title}`] as const)));
/** @returns the printed heading of the innermost section a clause stands in, or null for a clause before any section */
export function sectionLabelOf(clause: Pick<AtlasClause, 'documentId' | 'path'>): string | null {
  const section = clause.path.at(-1);
  return section === undefined ? null : sectionLabels.get(`${clause.documentId}/${section}`) ?? null;
}
/** The document each source file was ingested into (the first, for a file holding several). */
export const documentBySourceFile = new Map<string, AtlasDocument>();
for (const d of documents) if (d.source && !documentBySourceFile.has(d.source.file)) documentBySourceFile.set(d.source.file, d);


/** @returns the URL segment of a source file's raw-text view: its name without .txt */
export function sourceSlug(file: string): string {
  return file.replace(/\.txt$/u, '');
}

/** @returns the raw-text view of a source file (x.txt → /sources/x/), at a 1-based line when one is given */
export function sourceHref(file: string, line?: number): string {
  return `/sources/${sourceSlug(file)}/${line === undefined ? '' : `#L${line}`}`;
}

/** @returns how a page names a text where space is short: its short title (先导区新闻综述), else its title */
export function shortName(document: Pick<AtlasDocument, 'shortTitle' | 'title'>): string {
  return document.shortTitle ?? document.title;
}

/** @returns the reader URL of a document, with the anchor of a clause or heading id (`doc/anchor`) */
export function hrefOf(id: string): string {
  const slash = id.indexOf('/');
  if (slash === -1) return `/documents/${id}/`;
  const rest = id.slice(slash + 1);
  const anchor = rest.includes('/t') ? rest.slice(0, rest.lastIndexOf('/t')) : rest;
  return `/documents/${id.slice(0, slash)}/#${anchor}`;
}

/**
 * A department chip's name: as the clause's note writes it; an inferred department, which no note names, by the
 * short name its province's texts use (省科技厅), not by the spelling of the source the inference rests on.
 */
export function chipName(d: AtlasClause['departments'][number]): string {
  return d.role === 'inferred' && d.id ? (departmentById.get(d.id)?.short ?? d.written) : d.written;
}

/**
 * The departments a clause's text names outside its note, for chips after its duties: each once, as first written
 * (a quotation: 市经济信息委). The data leaves out the bodies its note lists (牵头, 配合); an inferred or inherited one
 * stays, since its text naming it is news (the 5个100 plan's 成立省科技厅…工作专班).
 */
export function mentionChips(clause: AtlasClause): AtlasClause['mentions'] {
  return clause.mentions.filter((m, i) => clause.mentions.findIndex((other) => other.id === m.id) === i);
}

/** @returns a department's page URL */
export function departmentHref(id: string): string {
  return `/departments/${id}/`;
}

/** @returns a one-line label for a clause: its document title, then its number and heading or its opening words */
export function clauseLabel(clause: AtlasClause): string {
  const document = documentById.get(clause.documentId);
  return `${document?.title ?? clause.documentId} · ${clauseName(clause, NAME_LENGTH)}`;
}

/** Documents that carry a province: its own, and digests with a section about it. */
export function documentsOfProvince(province: string): AtlasDocument[] {
  return documents.filter((d) => d.province === province || d.provinces.includes(province as ProvinceId));
}

/** @returns the name of a clause or section anchor id (`doc/c3`, `doc/s2.1`) within its document, or the id */
export function anchorName(anchorId: string): string {
  const clause = clauseById.get(anchorId);
  if (clause) return clauseName(clause, NAME_LENGTH);
  const [documentId, sectionId] = anchorId.split('/');
  const section = documentById.get(documentId)?.sections.find((s) => s.id === sectionId);
  return section ? `${section.marker}${section.title}` : anchorId;
}

/** @returns a one-line label for a clause or section anchor id: its document's title · {@link anchorName} */
export function anchorLabel(anchorId: string): string {
  const name = anchorName(anchorId);
  return name === anchorId ? anchorId : `${documentById.get(anchorId.split('/')[0])!.title} · ${name}`;
}
