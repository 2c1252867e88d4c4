import { clauseById, provinces, sectorsFile, sectorById, type AtlasClause, type SectorRecord } from './atlas.ts';
import { sourceLineHref } from './province-page.ts';

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
 * Everything a sector page shows.
 * @param sector the sector record
 * @returns its direction and fields, the provinces that list it (with their words and source line), its clauses per province, and the words to highlight
 */
export function sectorPage(sector: SectorRecord) {
  const isDirection = sector.parent === sector.id;
  const priorities = sectorsFile.priorities.flatMap((list) =>
    list.sectors
      .filter((s) => s.sector === sector.id)
      .map((s) => ({ province: provinces.find((p) => p.id === list.province)!, as: s.as, group: s.group ?? null, policy: list.policy, quote: list.quote, line: list.line, href: sourceLineHref(list.source, list.line) })),
  );
  const groups = clausesGroupedByProvince(sector.clausesByProvince);
  return {
    sector,
    isDirection,
    direction: isDirection ? null : sectorById.get(sector.parent) ?? null,
    fields: isDirection ? sectorsFile.sectors.filter((s) => s.parent === sector.id && s.id !== sector.id) : [],
    priorities,
    priorityProvinces: provinces.filter((p) => sector.priorityOf.includes(p.id)),
    groups,
    clauseCount: groups.reduce((n, g) => n + g.clauses.length, 0),
    terms: [sector.name, ...sector.aliases, ...priorities.map((p) => p.as)],
  };
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
  return sectorsFile.sectors
    .filter((s) => s.parent === s.id)
    .map((direction) => ({ ...describe(direction), fields: sectorsFile.sectors.filter((s) => s.parent === direction.id && s.id !== direction.id).map(describe) }));
}
