import type { TargetCategory } from '../../../src/schemas/target.ts';

/** The keyword that names what a subject counts, and the category it belongs to. */
export interface SubjectHead {
  category: string;
  keyword: string;
}

/**
 * Find what a target's subject counts: the keyword whose match ends latest wins (Chinese noun
 * phrases are head-final), a longer keyword wins a tie.
 * @param subject the thing counted, e.g. 未来产业（企业）集群
 * @param categories the categories of the target vocabulary
 * @returns the head keyword (集群) with its category id, or null when no keyword occurs in the subject
 */
export function headOf(subject: string, categories: readonly TargetCategory[]): SubjectHead | null {
  let best: { category: string; keyword: string; end: number } | null = null;
  for (const category of categories) {
    for (const keyword of category.keywords) {
      const at = subject.lastIndexOf(keyword);
      if (at < 0) continue;
      const end = at + keyword.length;
      if (best === null || end > best.end || (end === best.end && keyword.length > best.keyword.length)) {
        best = { category: category.id, keyword, end };
      }
    }
  }
  return best && { category: best.category, keyword: best.keyword };
}

/**
 * The categories of a coordinated subject's other conjuncts (未来产业科技园和未来产业先导区: 科技园), other than its head's.
 * @param subject the thing counted
 * @param categories the categories of the target vocabulary
 * @param head the whole subject's category (categoriseSubject), which the caller has already
 * @returns category ids, in the order the conjuncts are printed; empty for a simple subject
 */
export function otherConjunctCategories(subject: string, categories: readonly TargetCategory[], head: string | null): string[] {
  const parts = subject.split(/[和及与、]/u);
  if (parts.length < 2) return [];
  const found = parts.map((part) => categoriseSubject(part, categories)).filter((c): c is string => c !== null && c !== head);
  return [...new Set(found)];
}

/**
 * Give a target's subject its category: that of its head keyword (see headOf).
 * @param subject the thing counted, e.g. 未来产业（企业）集群
 * @param categories the categories of the target vocabulary
 * @returns the category id, or null when no keyword occurs in the subject
 */
export function categoriseSubject(subject: string, categories: readonly TargetCategory[]): string | null {
  return headOf(subject, categories)?.category ?? null;
}
