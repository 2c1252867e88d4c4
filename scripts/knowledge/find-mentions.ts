import type { DepartmentEntry, DepartmentRegistry, ProvinceId } from '../../src/schemas/department.ts';
import { findLongestMatches, type MatchCandidate } from './longest-match.ts';

/** A registered department named in a clause's own text, outside its responsibility note. */
export interface DepartmentMention {
  entry: DepartmentEntry;
  written: string;
  start: number;
  end: number;
}

// One candidate list per registry and province: the matcher caches its table per list.
const candidateLists = new WeakMap<DepartmentRegistry, Map<ProvinceId, MatchCandidate<DepartmentEntry>[]>>();

function candidatesOf(registry: DepartmentRegistry, province: ProvinceId): MatchCandidate<DepartmentEntry>[] {
  let byProvince = candidateLists.get(registry);
  if (!byProvince) candidateLists.set(registry, (byProvince = new Map()));
  let candidates = byProvince.get(province);
  if (!candidates) {
    candidates = (registry.provinces[province]?.departments ?? []).flatMap((entry) =>
      [...new Set([entry.name, entry.short, ...entry.aliases])].map((literal) => ({ literal, payload: entry })),
    );
    byProvince.set(province, candidates);
  }
  return candidates;
}

/**
 * The registered departments a text names, by any written form of its province's registry, longest form first (省委人才办
 * is one name, not 省委 inside it). A name inside a cited title (《省政府关于…指导意见》) names the document, not an actor,
 * so it is left out.
 * @param registry validated departments registry
 * @param province the province whose text it is (省科技厅 is a different body in each)
 * @param text the clause's text before its responsibility note
 * @returns each occurrence, in text order
 */
export function findDepartmentMentions(registry: DepartmentRegistry, province: ProvinceId, text: string): DepartmentMention[] {
  const titles = [...text.matchAll(/《[^《》]*》/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  return findLongestMatches(candidatesOf(registry, province), text)
    .filter((m) => !titles.some(([start, end]) => m.start >= start && m.end <= end))
    .map((m) => ({ entry: m.payload, written: m.matched, start: m.start, end: m.end }));
}
