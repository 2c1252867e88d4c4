import type { Link } from '../../src/schemas/link.ts';

interface Tagged {
  id: string;
  province: string | null;
  sectors: string[];
  measures: string[];
}

const PER_CLAUSE = 5;
// Bounds the work per clause so the corpus can grow to tens of thousands of clauses.
const PER_BUCKET = 40;

/**
 * Link clauses of different provinces that share a measure and a sector: the same instrument for the same field.
 * @param clauses tagged clauses
 * @returns at most five related links per clause, most shared pairs first
 */
export function linkRelated(clauses: Tagged[]): Link[] {
  const buckets = new Map<string, Tagged[]>();
  for (const clause of clauses) {
    if (!clause.province) continue;
    for (const measure of clause.measures) for (const sector of clause.sectors) {
      const key = `${measure}|${sector}`;
      const bucket = buckets.get(key) ?? [];
      if (bucket.length < PER_BUCKET * 7) bucket.push(clause);
      buckets.set(key, bucket);
    }
  }
  const links: Link[] = [];
  for (const clause of clauses) {
    if (!clause.province) continue;
    const shared = new Map<string, { other: Tagged; keys: string[] }>();
    for (const measure of clause.measures) for (const sector of clause.sectors) {
      const key = `${measure}|${sector}`;
      let seen = 0;
      for (const other of buckets.get(key) ?? []) {
        if (other.province === clause.province || other.id === clause.id) continue;
        if (++seen > PER_BUCKET) break;
        const entry = shared.get(other.id) ?? { other, keys: [] };
        entry.keys.push(key);
        shared.set(other.id, entry);
      }
    }
    const best = [...shared.values()].sort((a, b) => b.keys.length - a.keys.length || a.other.id.localeCompare(b.other.id)).slice(0, PER_CLAUSE);
    for (const { other, keys } of best) links.push({ from: clause.id, to: other.id, type: 'related', text: keys.join('; ') });
  }
  return links;
}
