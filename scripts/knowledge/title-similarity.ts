/**
 * Similarity of two short Chinese titles: Dice coefficient over character bigrams, ignoring digits and punctuation differences.
 * @param a first title
 * @param b second title
 * @returns 0 (nothing shared) to 1 (same bigrams)
 */
export function titleSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const chars = [...s.replace(/[\s，。、“”《》（）]/gu, '')];
    const out = new Map<string, number>();
    for (let i = 0; i < chars.length - 1; i++) out.set(chars[i] + chars[i + 1], (out.get(chars[i] + chars[i + 1]) ?? 0) + 1);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
