import type { DepartmentEntry, DepartmentRegistry, ProvinceId } from '../../src/schemas/department.ts';
import { findLongestMatches, type MatchCandidate } from './longest-match.ts';
import { writtenFormsOf } from './resolve-department.ts';

/** A registered department named in a clause's own text, outside its responsibility note. */
export interface DepartmentMention {
  entry: DepartmentEntry;
  written: string;
  start: number;
  end: number;
}

// The written forms the resolver knows, as match candidates: one list per province's forms, since the matcher caches
// its table per list.
const candidateLists = new WeakMap<Map<string, DepartmentEntry>, MatchCandidate<DepartmentEntry>[]>();

function candidatesOf(registry: DepartmentRegistry, province: ProvinceId): MatchCandidate<DepartmentEntry>[] {
  const forms = writtenFormsOf(registry, province);
  let candidates = candidateLists.get(forms);
  if (!candidates) candidateLists.set(forms, (candidates = [...forms].map(([literal, payload]) => ({ literal, payload }))));
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
