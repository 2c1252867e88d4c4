import type { LinkWithoutKinds } from '../../src/schemas/link.ts';
import type { MeasureTag } from './tag-measures.ts';

interface Tagged {
  id: string;
  province: string | null;
  sectors: string[];
  measures: string[];
  /** How central each of its measures is to the clause (measureCentrality). */
  centrality: Map<string, number>;
}

// Three, as the reader shows: the open data holds the links a reader sees, and no more to build or load.
export const PER_CLAUSE = 3;
// Bounds the work per clause so the corpus can grow to tens of thousands of clauses: each measure keeps
// its BUCKET_SIZE most central clauses, and a clause looks at PER_BUCKET of other provinces in each.
export const PER_BUCKET = 20;
export const BUCKET_SIZE = PER_BUCKET * 7;

// Three mentions say as much as more; a printed heading says what the clause is about.
const MENTIONS_CAP = 3;
const HEADING_WEIGHT = 3;

/**
 * How central each measure is to a clause: its mentions (up to three), plus three when its printed heading names it.
 * @param tags the measure tags of the clause body
 * @param headingEnd offset just past the printed heading at the start of the text (0: none)
 * @returns measure id → centrality, 1 (one passing mention) to 6
 */
export function measureCentrality(tags: MeasureTag[], headingEnd: number): Map<string, number> {
  const mentions = new Map<string, number>();
  const headed = new Set<string>();
  for (const tag of tags) {
    mentions.set(tag.measureId, (mentions.get(tag.measureId) ?? 0) + 1);
    if (tag.start < headingEnd) headed.add(tag.measureId);
  }
  return new Map([...mentions].map(([m, n]) => [m, Math.min(n, MENTIONS_CAP) + (headed.has(m) ? HEADING_WEIGHT : 0)]));
}

// A shared measure's strength: how central it is to both clauses (the lesser weight), then to either (the greater).
const strength = (a: number, b: number) => Math.min(a, b) * 10 + Math.max(a, b);
const both = (strength: number) => Math.floor(strength / 10);

/** What a clause shares with another: the shared measures, strongest first, and the shared sectors. */
interface Candidate {
  other: Tagged;
  /** How central the strongest shared measure is to both clauses: the lesser weight. */
  tier: number;
  /** The strongest shared measure's strength (strength()). */
  lead: number;
  /** The shared measure ids, strongest first (the clause's own order among equals): the link's text. */
  shared: string[];
  sectors: number;
}

function candidate(clause: Tagged, other: Tagged): Candidate {
  const shared = clause.measures
    .filter((m) => other.centrality.has(m))
    .map((m) => ({ m, strength: strength(clause.centrality.get(m)!, other.centrality.get(m)!) }))
    .sort((x, y) => y.strength - x.strength);
  const lead = shared[0]?.strength ?? 0;
  return {
    other, tier: both(lead), lead, shared: shared.map((x) => x.m),
    sectors: clause.sectors.length > 0 ? clause.sectors.filter((s) => other.sectors.includes(s)).length : 0,
  };
}

/**
 * Link clauses of different provinces that use the same policy measure (政策工具). A measure central to both
 * clauses ranks first, then the number of shared measures, of shared sectors, and how central it is to either.
 * @param clauses tagged clauses
 * @returns at most PER_CLAUSE related links per clause; `text` is the shared measure ids, most central first, `; `-joined
 */
export function linkRelated(clauses: Tagged[]): LinkWithoutKinds[] {
  const buckets = new Map<string, Tagged[]>();
  for (const clause of clauses) {
    if (!clause.province) continue;
    for (const measure of clause.measures) {
      const bucket = buckets.get(measure) ?? [];
      bucket.push(clause);
      buckets.set(measure, bucket);
    }
  }
  // Most central first (stable: corpus order among equals), so the clauses kept are those about the measure.
  for (const [measure, bucket] of buckets) {
    buckets.set(measure, bucket.sort((a, b) => b.centrality.get(measure)! - a.centrality.get(measure)!).slice(0, BUCKET_SIZE));
  }
  const links: LinkWithoutKinds[] = [];
  for (const clause of clauses) {
    if (!clause.province) continue;
    const candidates = new Map<Tagged, Candidate>();
    for (const measure of clause.measures) {
      let seen = 0;
      for (const other of buckets.get(measure) ?? []) {
        if (other.province === clause.province) continue;
        if (++seen > PER_BUCKET) break;
        if (!candidates.has(other)) candidates.set(other, candidate(clause, other));
      }
    }
    // The lesser weight first: a measure only one of the two clauses is about does not make them alike.
    const ranked = [...candidates.values()].sort((a, b) =>
      b.tier - a.tier || b.shared.length - a.shared.length || b.sectors - a.sectors || b.lead - a.lead || (a.other.id < b.other.id ? -1 : 1));
    // Among those sharing a measure as central to both, a province not yet linked comes first: three links shown
    // then compare three provinces.
    const provinces = new Set<string>();
    for (let n = 0; n < PER_CLAUSE && ranked.length > 0; n++) {
      const top = ranked[0]!.tier;
      const next = Math.max(0, ranked.findIndex((c) => c.tier === top && !provinces.has(c.other.province!)));
      const { other, shared } = ranked.splice(next, 1)[0]!;
      provinces.add(other.province!);
      links.push({ from: clause.id, to: other.id, type: 'related', text: shared.join('; ') });
    }
  }
  return links;
}
