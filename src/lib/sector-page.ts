import { clauseById, provinces, sectorsFile, sectorById, sourceHref, targetsByClause, type AtlasClause, type SectorRecord } from './atlas.ts';
import { priorityLineLabel } from './priority-source.ts';
import { CARD_CAP, capGroup } from './clause-list.ts';
import { CLAUSE_PART, targetsNaming } from './target-scope.ts';
import { MANY_PROVINCES_KEY } from './labels.ts';

/**
 * @param byProvince clause ids per province id
 * @returns the clauses grouped by province in the site's province order, provinces without clauses left out
 */
export function clausesGroupedByProvince(byProvince: Record<string, string[]>) {
  return provinces
    .map((province) => ({ province, clauses: (byProvince[province.id] ?? []).map((id) => clauseById.get(id)).filter((c): c is AtlasClause => Boolean(c)) }))
    .filter((group) => group.clauses.length > 0);
}

/**
 * @param sector the sector record
 * @returns the words its cards mark: its name, aliases and the provinces' own words for it
 */
function sectorTerms(sector: SectorRecord): string[] {
  const written = sectorsFile.priorities.flatMap((list) => list.sectors.filter((s) => s.sector === sector.id).map((s) => s.as));
  return [...new Set([sector.name, ...sector.aliases, ...written])];
}

/**
 * Everything a sector page shows.
 * @param sector the sector record
 * @param cap cards shown per province; the rest are on the province's subpage
 * @returns its direction, fields and sibling fields, the provinces that list it (with their words and source line), its
 *   clauses per province (the first `cap` shown, the count and subpage of the rest), the targets stated for the
 *   sector, and the words to highlight
 */
export function sectorPage(sector: SectorRecord, cap = CARD_CAP) {
  const isDirection = sector.parent === sector.id;
  const targetScope = sectorTargetScope(sector);
  // As on the cards: only targets stated for this sector, not a clause's other targets (src/lib/target-scope.ts).
  const ownTargets = (clauses: AtlasClause[]) => clauses.flatMap((c) => targetsNaming(c, targetsByClause.get(c.id) ?? [], targetScope.words, targetScope).naming);
  // A list's line is named by the text it is in (先导区新闻综述第28行): the policy it belongs to is often not held.
  const priorities = sectorsFile.priorities.flatMap((list) =>
    list.sectors
      .filter((s) => s.sector === sector.id)
      .map((s) => ({ province: provinces.find((p) => p.id === list.province)!, as: s.as, group: s.group ?? null, policy: list.policy, quote: list.quote, line: list.line, href: sourceHref(list.source, list.line), lineLabel: priorityLineLabel(list) })),
  );
  const groups = clausesGroupedByProvince(sector.clausesByProvince).map((g) => ({
    ...g,
    ...capGroup(g.clauses, cap),
    allHref: `/sectors/${sector.id}/${g.province.id}/`,
  }));
  const acrossProvinces = (sector.clausesByProvince[MANY_PROVINCES_KEY] ?? []).map((id) => clauseById.get(id)!);
  return {
    sector,
    isDirection,
    direction: isDirection ? null : sectorById.get(sector.parent) ?? null,
    fields: isDirection ? sectorsFile.sectors.filter((s) => s.parent === sector.id && s.id !== sector.id) : [],
    /** The other fields of its direction (机器人 beside 人形机器人): a reader looking for one often means a neighbour. */
    siblings: isDirection ? [] : sectorsFile.sectors.filter((s) => s.parent === sector.parent && s.id !== sector.id && s.id !== sector.parent),
    priorities,
    priorityProvinces: provinces.filter((p) => sector.priorityOf.includes(p.id)),
    groups,
    clauseCount: groups.reduce((n, g) => n + g.clauses.length, 0),
    /** Clauses about several provinces at once, which no province's group holds. */
    acrossProvinces,
    /** The targets stated for this sector in the clauses `clauseCount` counts (its cards list them), not those a clause sets for several fields at once. */
    targets: ownTargets(groups.flatMap((g) => g.clauses)),
    terms: sectorTerms(sector),
    targetScope: { ...targetScope, scope: '本领域' },
  };
}

/**
 * The province subpages of the sector pages: one list per sector and province with more clauses than the page shows.
 * @param cap cards a sector page shows per province
 * @returns route params and what the subpage lists (the province's clauses in full, and the words to mark)
 */
export function sectorProvinceLists(cap = CARD_CAP) {
  return sectorsFile.sectors.flatMap((sector) =>
    clausesGroupedByProvince(sector.clausesByProvince)
      .filter((g) => g.clauses.length > cap)
      .map((g) => ({ params: { id: sector.id, province: g.province.id }, sector, province: g.province, clauses: g.clauses, terms: sectorTerms(sector) })),
  );
}

/**
 * The two-level taxonomy for the sector index.
 * @returns each direction with its fields; each sector with the provinces listing it and its clause count
 */
export function sectorIndex() {
  const describe = (sector: SectorRecord) => ({
    sector,
    priorityOf: provinces.filter((p) => sector.priorityOf.includes(p.id)),
    clauses: Object.values(sector.clausesByProvince).reduce((n, ids) => n + ids.length, 0),
    mentionedIn: provinces.filter((p) => (sector.clausesByProvince[p.id]?.length ?? 0) > 0),
  });
  const ids = (sector: SectorRecord) => Object.values(sector.clausesByProvince).flat();
  return sectorsFile.sectors
    .filter((s) => s.parent === s.id)
    .map((direction) => {
      const fields = sectorsFile.sectors.filter((s) => s.parent === direction.id && s.id !== direction.id);
      // A direction is named in few clauses (未来健康 2); with its fields' clauses it is far more (通用智能 alone 26).
      const withFields = new Set([direction, ...fields].flatMap(ids)).size;
      return { ...describe(direction), withFields, fields: fields.map(describe) };
    });
}

/**
 * What a sector page's cards list as the sector's targets (src/lib/target-scope.ts): targets stated in a clause part
 * that names this sector and no other.
 * @returns the sector's words, the other sectors' words, and the phrase boundary
 */
export function sectorTargetScope(sector: SectorRecord) {
  const words = sectorTerms(sector);
  const others = [...new Set(sectorsFile.sectors.filter((s) => s.id !== sector.id).flatMap(sectorTerms))].filter((w) => !words.includes(w));
  return { words, others, boundary: CLAUSE_PART };
}
