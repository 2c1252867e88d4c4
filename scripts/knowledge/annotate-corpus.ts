import type { Link, LinkWithoutKinds } from '../../src/schemas/link.ts';
import { targetAnchor, type Target, type TargetVocab } from '../../src/schemas/target.ts';
import type { ProvinceId } from '../../src/schemas/department.ts';
import { listedInNote } from '../../src/schemas/clause.ts';
import type { IngestedClause, IngestedDocument } from '../ingest/ingest-source.ts';
import type { Vocab } from './load-vocab.ts';
import { isUnmapped, resolveDepartment } from './resolve-department.ts';
import { findDepartmentMentions } from './find-mentions.ts';
import { tagSectors } from './tag-sectors.ts';
import { tagMeasures } from './tag-measures.ts';
import { extractTargets, type TargetContext } from './extract-targets.ts';
import { loadTargetVocab } from './targets/load-target-vocab.ts';
import { resolveCitations, type Citation } from './resolve-citations.ts';
import { linkInterpretations } from './link-interpretations.ts';
import { linkSameTargets } from './link-targets.ts';
import { loadSameTargetsFile } from './targets/load-same-targets.ts';
import { sourceLineAt } from './targets/declared-statements.ts';
import { applyTargetParts, checkSameTargets, partsKeptApart } from './target-parts.ts';
import { linkRelated, measureCentrality } from './link-related.ts';

export interface AnnotatedClause extends Omit<IngestedClause, 'departments'> {
  departments: Array<{ id: string | null; name: string; written: string; role: 'lead' | 'co' | 'inherited' | 'inferred' }>;
  /** Registered departments its text names outside its responsibility note, each occurrence (offsets in `text`). */
  mentions: Array<{ id: string; name: string; written: string; start: number; end: number }>;
  sectors: string[];
  measures: string[];
  /** The words that gave each tag, by id: what a page shows as its evidence. */
  tagWords: { sectors: Record<string, string[]>; measures: Record<string, string[]> };
  targets: string[];
  citations: Array<{ to: string; title: string; start: number; end: number }>;
}

export interface UnknownDepartment {
  written: string;
  province: string | null;
  file: string;
  line: number;
  clauseId: string | null;
}

export interface KnowledgeLayer {
  documents: IngestedDocument[];
  clauses: AnnotatedClause[];
  targets: Target[];
  links: Link[];
  citations: Citation[];
  unknownDepartments: UnknownDepartment[];
}

/** @returns each id's distinct matched words, in the order they occur */
function wordsById(matches: Array<[string, string]>): Record<string, string[]> {
  const words: Record<string, string[]> = {};
  for (const [id, word] of matches) if (!(words[id] ??= []).includes(word)) words[id]!.push(word);
  return words;
}

/** @returns a target's part fields until content/vocab/same-targets.yaml declares it a whole or a part */
const noParts = (): Pick<Target, 'partOf' | 'parts' | 'partsSum'> => ({ partOf: null, parts: [], partsSum: null });

/**
 * Attach the knowledge layer to ingested clauses: resolved departments, sectors, measures, targets,
 * citations, and the links between documents, clauses and targets.
 * @param documents ingested documents (referenced nodes for unknown titles are added)
 * @param clauses ingested clauses
 * @param vocab departments, sectors and measures
 * @returns annotated clauses, targets, links and the departments the registry lacks
 */
export function annotateCorpus(documents: IngestedDocument[], clauses: IngestedClause[], vocab: Vocab): KnowledgeLayer {
  const targetVocab = loadTargetVocab();
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const unknownDepartments: UnknownDepartment[] = [];
  const targets: Target[] = [];

  const resolve = (province: string | null, written: string) =>
    province ? resolveDepartment(vocab.departments, province as ProvinceId, written) : undefined;

  // How central each measure is to each clause, for related links; not part of the open data.
  const centrality = new Map<string, Map<string, number>>();
  const annotated: AnnotatedClause[] = clauses.map((clause) => {
    const document = documentById.get(clause.documentId)!;
    const province = clause.province ?? document.province;
    // Tags are read from the policy text only: department names in the parenthetical are not measures.
    const body = clause.departmentTag ? clause.text.slice(0, clause.departmentTag.start) : clause.text;
    const departments = clause.departments.map((d) => {
      const entry = resolve(province, d.written);
      if (!entry && !(province && isUnmapped(vocab.departments, province as ProvinceId, d.written))) {
        unknownDepartments.push({ written: d.written, province, file: clause.source.file, line: clause.source.endLine, clauseId: clause.id });
      }
      return { id: entry ? `${province}/${entry.id}` : null, name: entry?.name ?? d.written, written: d.written, role: d.role };
    });
    // Named in the text itself (成立省科技厅…工作专班; 市经济信息委将组织专家…): a mention, not a duty. A body its note lists
    // is named there already; an inherited or inferred one is not, so its mention is kept.
    const listed = new Set(departments.filter((d) => listedInNote(d.role)).map((d) => d.id));
    const mentions = province
      ? findDepartmentMentions(vocab.departments, province as ProvinceId, body)
          .map((m) => ({ id: `${province}/${m.entry.id}`, name: m.entry.name, written: m.written, start: m.start, end: m.end }))
          .filter((m) => !listed.has(m.id))
      : [];
    const clauseTargets = province
      ? extractTargets(clause.text, targetContext(document, targetVocab)).map((match, i) => ({
          ...match, id: `${clause.id}/t${i + 1}`, clauseId: clause.id, sectionId: null, documentId: clause.documentId, province: province as ProvinceId,
          line: sourceLineAt(clause, match.start), ...noParts(),
        }))
      : [];
    targets.push(...clauseTargets);
    const measureTags = tagMeasures(vocab.measures, body);
    const sectorTags = tagSectors(vocab.sectors, body);
    const printedHeading = clause.marker + clause.heading;
    centrality.set(clause.id, measureCentrality(measureTags, clause.heading && clause.text.startsWith(printedHeading) ? printedHeading.length : 0));
    return {
      ...clause,
      province,
      departments,
      mentions,
      sectors: [...new Set(sectorTags.map((t) => t.sectorId))],
      measures: [...new Set(measureTags.map((t) => t.measureId))],
      tagWords: { sectors: wordsById(sectorTags.map((t) => [t.sectorId, t.matched])), measures: wordsById(measureTags.map((t) => [t.measureId, t.matched])) },
      targets: clauseTargets.map((t) => t.id),
      citations: [],
    };
  });

  // Targets printed in section headings: （一）着力推进100项重大前沿技术攻关. A heading is no clause, so they name its section.
  for (const document of documents) {
    if (!document.province) continue;
    for (const section of document.sections) {
      extractTargets(section.title, targetContext(document, targetVocab)).forEach((match, i) => {
        targets.push({
          ...match, id: `${document.id}/${section.id}/t${i + 1}`, clauseId: null, sectionId: section.id, documentId: document.id, province: document.province as ProvinceId,
          line: section.line, ...noParts(),
        });
      });
    }
  }
  const order = sourceOrder(documents, clauses);
  targets.sort((a, b) => (order.get(targetAnchor(a)) ?? 0) - (order.get(targetAnchor(b)) ?? 0));

  const citations = resolveCitations(documents, clauses);
  // Issuers resolve like clause departments; referenced nodes the citations just added are included.
  for (const document of documents) {
    document.issuerIds = document.issuers.map((written) => {
      // A joint issue printed as 甘肃省工信厅等7部门 links its lead, the one body it names.
      const entry = resolve(document.province, written.replace(/等[0-9一二三四五六七八九十]+个?部门$/u, ''));
      const unmapped = document.province !== null && isUnmapped(vocab.departments, document.province as ProvinceId, written);
      if (!entry && !unmapped && document.source) unknownDepartments.push({ written, province: document.province, file: document.source.file, line: 1, clauseId: null });
      return entry ? `${document.province}/${entry.id}` : null;
    });
    // A publisher is often a website (江苏化工网): only a registry name is a department, and no other is reported.
    const publisher = document.publisher ? resolve(document.province, document.publisher) : undefined;
    document.publisherId = publisher ? `${document.province}/${publisher.id}` : null;
  }
  const clauseById = new Map(annotated.map((c) => [c.id, c]));
  for (const citation of citations) clauseById.get(citation.clauseId)?.citations.push({ to: citation.to, title: citation.title, start: citation.start, end: citation.end });

  // The reviewed decisions name statements by document, text and line: each must name one target, or the build stops.
  const sameTargets = loadSameTargetsFile();
  const parts = checkSameTargets(sameTargets, targets, new Set(documentById.keys()));
  const sameTargetLinks = linkSameTargets(targets, targetVocab, [...sameTargets.value.declarations, ...partsKeptApart(parts)]);
  applyTargetParts(targets, parts, sameTargetLinks, sameTargets);
  const links = withEndKinds([
    ...linkInterpretations(documents, clauses),
    ...citations.map((c): LinkWithoutKinds => ({ from: c.clauseId, to: c.to, type: c.implements ? 'implements' : 'cites', text: `《${c.title}》`, start: c.start, end: c.end })),
    ...sameTargetLinks,
    ...linkRelated(annotated.map((c) => ({ ...c, centrality: centrality.get(c.id)! }))),
  ], documents, annotated, targets);
  return { documents, clauses: annotated, targets, links, citations, unknownDepartments };
}

/**
 * Says what each end of each link is. An id that names nothing, or two things, is a defect of the linkers.
 * @returns the links with fromKind and toKind
 */
function withEndKinds(links: LinkWithoutKinds[], documents: IngestedDocument[], clauses: Array<{ id: string }>, targets: Array<{ id: string }>): Link[] {
  const kindsOf = new Map<string, Link['fromKind'][]>();
  const add = (id: string, kind: Link['fromKind']) => kindsOf.set(id, [...(kindsOf.get(id) ?? []), kind]);
  for (const d of documents) {
    add(d.id, 'document');
    for (const s of d.sections) add(`${d.id}/${s.id}`, 'section');
  }
  for (const c of clauses) add(c.id, 'clause');
  for (const t of targets) add(t.id, 'target');
  const kind = (id: string, link: LinkWithoutKinds) => {
    const found = kindsOf.get(id) ?? [];
    if (found.length !== 1) throw new Error(`a ${link.type} link end ${id} names ${found.length === 0 ? 'no document, section, clause or target' : `a ${found.join(' and a ')}`}`);
    return found[0]!;
  };
  return links.map((link) => ({ from: link.from, fromKind: kind(link.from, link), to: link.to, toKind: kind(link.to, link), type: link.type, text: link.text, ...(link.start === undefined ? {} : { start: link.start, end: link.end }) }));
}

/** What the target extractor needs to know of a clause's document: its plan period, and whether it reports news. */
function targetContext(document: IngestedDocument, vocab: TargetVocab): TargetContext {
  return { periodStart: document.periodStart ?? undefined, periodEnd: document.periodEnd ?? undefined, digest: document.kind === 'digest', vocab };
}

/** Position of every clause and heading anchor in corpus order, so targets list as the texts print them. */
function sourceOrder(documents: IngestedDocument[], clauses: IngestedClause[]): Map<string, number> {
  const order = new Map<string, number>();
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  documents.forEach((d, di) => d.sections.forEach((s) => order.set(`${d.id}/${s.id}`, di * 1e6 + s.line * 10)));
  clauses.forEach((c, i) => order.set(c.id, docIndex.get(c.documentId)! * 1e6 + c.source.startLine * 10 + 1 + i / 1e6));
  return order;
}
