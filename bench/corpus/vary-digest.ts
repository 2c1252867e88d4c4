// Vary a multi-province digest copy: keep a subset of its province sections, in another order.
// The text of each section stays as written (traditional, with pinyin): the normaliser does the work.
import type { Rng } from './prng.ts';

export interface VaryDigestOptions {
  rng: Rng;
  /** Province id when the line is a province heading, else null. */
  headingOf: (line: string) => string | null;
  /** True for page chrome that closes the page (after the last section). */
  isTrailer: (line: string) => boolean;
  /** Provinces whose section always stays (e.g. one an opening paragraph is attributed to). */
  keep: string[];
}

/**
 * Keep about two thirds of the province sections (at least three) and maybe reorder them.
 * @param lines raw lines of the digest
 * @param options random source and line tests
 * @returns the varied lines and the provinces kept
 */
export function varyDigest(lines: string[], options: VaryDigestOptions): { lines: string[]; provinces: string[] } {
  const { rng } = options;
  const starts = lines.map((line, i) => (options.headingOf(line) ? i : -1)).filter((i) => i >= 0);
  if (starts.length === 0) return { lines, provinces: [] };
  let end = lines.length;
  while (end > starts[starts.length - 1] + 1 && (lines[end - 1].trim() === '' || options.isTrailer(lines[end - 1]))) end--;
  const sections = starts.map((start, i) => ({ province: options.headingOf(lines[start])!, lines: lines.slice(start, starts[i + 1] ?? end) }));
  let kept = sections.filter((s) => options.keep.includes(s.province) || rng.chance(0.7));
  for (const s of rng.shuffle(sections)) {
    if (kept.length >= Math.min(3, sections.length)) break;
    if (!kept.includes(s)) kept.push(s);
  }
  kept = rng.chance(0.5) ? rng.shuffle(kept) : sections.filter((s) => kept.includes(s));
  return {
    lines: [...lines.slice(0, starts[0]), ...kept.flatMap((s) => s.lines), ...lines.slice(end)],
    provinces: kept.map((s) => s.province),
  };
}
