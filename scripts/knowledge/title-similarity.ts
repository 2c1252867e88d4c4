/** A title's character bigrams with their counts, ignoring whitespace and the punctuation that differs between printings. */
export type TitleBigrams = Map<string, number>;

/** @returns the bigrams `titleSimilarity` compares; compute once when one title is compared with many */
export function titleBigrams(title: string): TitleBigrams {
  const chars = [...title.replace(/[\s，。、“”《》（）]/gu, '')];
  const out: TitleBigrams = new Map();
  for (let i = 0; i < chars.length - 1; i++) out.set(chars[i] + chars[i + 1], (out.get(chars[i] + chars[i + 1]) ?? 0) + 1);
  return out;
}

/** @returns the Dice coefficient of two titles' bigrams: 0 (nothing shared) to 1 (same bigrams) */
export function bigramSimilarity(ga: TitleBigrams, gb: TitleBigrams): number {
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Similarity of two short Chinese titles: Dice coefficient over character bigrams, ignoring digits and punctuation differences.
 * @param a first title
 * @param b second title
 * @returns 0 (nothing shared) to 1 (same bigrams)
 */
export function titleSimilarity(a: string, b: string): number {
  return bigramSimilarity(titleBigrams(a), titleBigrams(b));
}
