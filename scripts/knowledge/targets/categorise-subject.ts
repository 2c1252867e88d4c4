import type { TargetCategory } from '../../../src/schemas/target.ts';

/**
 * Give a target's subject its category: the keyword whose match ends latest wins (Chinese noun
 * phrases are head-final), a longer keyword wins a tie.
 * @param subject the thing counted, e.g. 未来产业（企业）集群
 * @param categories the categories of the target vocabulary
 * @returns the category id, or null when no keyword occurs in the subject
 */
export function categoriseSubject(subject: string, categories: readonly TargetCategory[]): string | null {
  let best: { id: string; end: number; length: number } | null = null;
  for (const category of categories) {
    for (const keyword of category.keywords) {
      const at = subject.lastIndexOf(keyword);
      if (at < 0) continue;
      const end = at + keyword.length;
      if (best === null || end > best.end || (end === best.end && keyword.length > best.length)) {
        best = { id: category.id, end, length: keyword.length };
      }
    }
  }
  return best?.id ?? null;
}
