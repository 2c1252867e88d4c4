import { clauseById, measures, provinces, targetsByClause, type AtlasClause, type MeasureRecord } from './atlas.ts';
import { targetsNaming } from './target-scope.ts';
import { MANY_PROVINCES_KEY } from './labels.ts';
import { clausesGroupedByProvince } from './sector-page.ts';
import { CARD_CAP, capGroup } from './clause-list.ts';
import { absentPhrases } from './province-holdings.ts';

/**
 * The words in a clause that gave it a measure, so a card can mark them: what the ingest's tagger matched
 * (clauses.json tagWords), not a second search of the vocabulary, which would mark a word the longest match set aside.
 * @param measureId measure id
 * @param clause the clause
 * @returns the words, in text order
 */
export function measureWords(measureId: string, clause: Pick<AtlasClause, 'tagWords'>): string[] {
  return clause.tagWords.measures[measureId] ?? [];
}

/**
 * Everything a measure page shows: per province, the clauses using the instrument and their targets, side by side.
 * @param measure the measure record
 * @param cap cards shown per province; the rest are on the province's subpage
 * @returns the columns (provinces with clauses: all their targets, the first `cap` clauses with the words to mark,
 *   the count and subpage of the rest) and the provinces whose texts do not use it
 */
export function measurePage(measure: MeasureRecord, cap = CARD_CAP) {
  const columns = clausesGroupedByProvince(measure.clausesByProvince).map((group) => {
    const capped = capGroup(group.clauses, cap);
    return {
      ...group,
      ...capped,
      allHref: `/measures/${measure.id}/${group.province.id}/`,
      // Only targets stated with the instrument (its clause's heading or the target's own phrase names it): a clause's
      // other targets are not this measure's.
      targets: group.clauses.flatMap((c) => targetsNaming(c, targetsByClause.get(c.id) ?? [], measureWords(measure.id, c)).naming),
      words: new Map(capped.shown.map((c) => [c.id, measureWords(measure.id, c)])),
    };
  });
  return {
    measure,
    columns,
    clauseCount: columns.reduce((n, c) => n + c.clauses.length, 0),
    /** Where the held texts do not use it, said of each province as the site holds it (江西只收录了政策解读，其中未见). */
    absent: absentPhrases(provinces.filter((p) => !columns.some((c) => c.province.id === p.id))),
    /** Clauses about several provinces at once, which no province's column holds. */
    acrossProvinces: (measure.clausesByProvince[MANY_PROVINCES_KEY] ?? []).map((id) => clauseById.get(id)!),
  };
}

/**
 * The province subpages of the measure pages: one list per measure and province with more clauses than the page shows.
 * @param cap cards a measure page shows per province
 * @returns route params and what the subpage lists (the province's clauses in full)
 */
export function measureProvinceLists(cap = CARD_CAP) {
  return measures.flatMap((measure) =>
    clausesGroupedByProvince(measure.clausesByProvince)
      .filter((g) => g.clauses.length > cap)
      .map((g) => ({ params: { id: measure.id, province: g.province.id }, measure, province: g.province, clauses: g.clauses })),
  );
}

/**
 * All measures with their clause counts per province, most used first.
 * @returns rows of the measure index
 */
export function measureIndex() {
  return measures
    .map((measure) => {
      const counts = provinces.map((p) => ({ province: p, clauses: measure.clausesByProvince[p.id]?.length ?? 0 }));
      return { measure, counts, total: counts.reduce((n, c) => n + c.clauses, 0), provinceCount: counts.filter((c) => c.clauses > 0).length };
    })
    .sort((a, b) => b.provinceCount - a.provinceCount || b.total - a.total);
}
