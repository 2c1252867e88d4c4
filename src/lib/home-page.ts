import {
  clauses, departments, documents, measures, provinces, restatementOf, sectorsFile, shortName, sourceHref, targets, documentById, KIND_LABEL,
  type AtlasDocument, type SectorRecord, type Target,
} from './atlas.ts';
import { targetCategories } from './target-categories.ts';
import { clauseCount } from './province-page.ts';
import { coverageBasis, noSectorsNote, priorityLineLabel } from './priority-source.ts';

/** How a province relates to a sector: names it as a priority, only mentions it in a clause, or neither. */
export type CoverageState = 'priority' | 'mentioned' | 'none';

/** One row of the province × sector matrix. */
export interface CoverageRow {
  sector: SectorRecord;
  /** True for one of the six top-level directions. */
  isDirection: boolean;
  cells: Array<{ province: string; state: CoverageState; clauses: number }>;
}

// Plans state commitments; interpretations and digests repeat them, so a plan's wording is preferred.
const KIND_RANK: Record<string, number> = { plan: 0, interpretation: 1, digest: 2, referenced: 3 };
const kindRank = (target: Target) => KIND_RANK[documentById.get(target.documentId)?.kind ?? 'referenced'] ?? 3;

/**
 * The province × sector coverage matrix: directions in vocabulary order, each followed by its fields.
 * Only sectors some province names as a priority are rows; the rest are counted in `mentionedOnly`.
 * @returns rows, plus the sectors left out because no province lists them
 */
export function coverageMatrix(): { rows: CoverageRow[]; mentionedOnly: SectorRecord[] } {
  const all = sectorsFile.sectors;
  const directions = all.filter((s) => s.parent === s.id);
  const ordered = directions.flatMap((d) => [d, ...all.filter((s) => s.parent === d.id && s.id !== d.id)]);
  const rows = ordered
    .filter((s) => s.priorityOf.length > 0)
    .map((sector) => ({
      sector,
      isDirection: sector.parent === sector.id,
      cells: provinces.map((p) => {
        const count = sector.clausesByProvince[p.id]?.length ?? 0;
        const state: CoverageState = sector.priorityOf.includes(p.id) ? 'priority' : count > 0 ? 'mentioned' : 'none';
        return { province: p.id, state, clauses: count };
      }),
    }));
  return { rows, mentionedOnly: ordered.filter((s) => s.priorityOf.length === 0) };
}

/**
 * A province's headline targets: per category the first target its plans set (a plan's wording before an
 * interpretation's or a digest's repeat of it), then the largest of those first.
 * @param province province id
 * @param limit how many to return
 * @returns up to `limit` targets
 */
export function headlineTargets(province: string, limit = 4): Target[] {
  const own = targets.filter((t) => t.province === province);
  const categoryOrder = (t: Target) => {
    const i = targetCategories.findIndex((c) => c.id === t.category);
    return i === -1 ? targetCategories.length : i;
  };
  const best = new Map<string, Target>();
  for (const t of own) {
    const key = t.category ?? `none:${t.id}`;
    const held = best.get(key);
    if (!held || kindRank(t) < kindRank(held)) best.set(key, t);
  }
  return [...best.values()].sort((a, b) => b.max - a.max || categoryOrder(a) - categoryOrder(b)).slice(0, limit);
}

/** What a headline card says of a text that is not the policy itself: its targets are someone's account of it. */
const NOT_THE_POLICY: Partial<Record<AtlasDocument['kind'], string>> = {
  digest: '（对政策的转述，不是政策原文）',
  interpretation: '（不是方案原文）',
};

/**
 * The texts a headline card's targets come from, in their order: a card of roundup figures says so, as a card of
 * Jiangsu's plans names the plans.
 * @returns each text's short name, page and, for a 解读 or a digest, that it is not the policy
 */
export function headlineBasis(shown: readonly Target[]) {
  return [...new Map(shown.map((t) => [t.documentId, t.province])).entries()].map(([id, province]) => {
    const document = documentById.get(id)!;
    // A text of several provinces (the roundup) is linked at the province's section, as the province page links it.
    const section = document.province === null ? document.sections.find((s) => s.province === province) : undefined;
    return { name: shortName(document), href: `/documents/${id}/${section ? `#${section.id}` : ''}`, note: NOT_THE_POLICY[document.kind] ?? '' };
  });
}

/**
 * The documents whose text the atlas holds, newest first and undated last. Those known only by reference are
 * left to the document index: newest by date, they would fill the list with titles that have no text.
 * @param limit how many
 * @returns plans, interpretations and digests with their text
 */
export function newestDocuments(limit = 6): AtlasDocument[] {
  return documents
    .filter((d) => d.kind !== 'referenced')
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title))
    .slice(0, limit);
}

/**
 * Everything the home page shows.
 * @returns coverage counts, the matrix, the provinces without a listed priority, headline targets and newest documents
 */
export function homePage() {
  const fullText = documents.filter((d) => d.source !== null);
  const restatements = targets.filter((t) => restatementOf.has(t.id)).length;
  const silent = sectorsFile.priorities.filter((p) => p.sectors.length === 0);
  return {
    counts: {
      provinces: provinces.length,
      documents: fullText.length,
      referenced: documents.length - fullText.length,
      clauses: clauses.length,
      // Counted as /compare/ and the province pages count them: a target restated elsewhere is one target.
      targets: targets.length - restatements,
      restatements,
      // Every body /departments/ lists, those only named in the text included, and how many of them carry clauses:
      // many carry none, so the first number alone would overstate how many have duties.
      departments: departments.length,
      departmentsWithClauses: departments.filter((d) => clauseCount(d) > 0).length,
      sectors: sectorsFile.sectors.length,
      measures: measures.length,
    },
    matrix: coverageMatrix(),
    // Where the listing sentences are quoted from, derived from each list's source: the roundup is no province's own text.
    coverageBasis: coverageBasis(),
    // Provinces whose text names no field: shown as such, with the line that says so.
    withoutPriorities: silent.map((p) => ({
      ...p,
      province: provinces.find((q) => q.id === p.province)!,
      statement: noSectorsNote(p),
      href: sourceHref(p.source, p.line),
      lineLabel: priorityLineLabel(p),
    })),
    // Provinces whose lists stop at the six directions, so their field rows are empty by design.
    directionsOnly: provinces.filter((p) => {
      const listed = sectorsFile.priorities.filter((l) => l.province === p.id).flatMap((l) => l.sectors.map((s) => s.sector));
      return listed.length > 0 && listed.every((id) => sectorsFile.sectors.some((s) => s.id === id && s.parent === s.id));
    }),
    headlines: provinces.map((province) => {
      const own = targets.filter((t) => t.province === province.id);
      const shown = headlineTargets(province.id);
      return { province, targets: shown, basis: headlineBasis(shown), total: own.length - own.filter((t) => restatementOf.has(t.id)).length };
    }),
    newest: newestDocuments().map((document) => ({ document, kindLabel: KIND_LABEL[document.kind] })),
  };
}
