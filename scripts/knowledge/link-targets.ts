import type { Link } from '../../src/schemas/link.ts';
import { targetAnchor, type Target } from '../../src/schemas/target.ts';
import { titleSimilarity } from './title-similarity.ts';

// Same numbers alone are not enough: 10家应用场景促进机构 and 10家研究院 are both platforms, yet different targets.
const SUBJECT_SIMILARITY = 0.25;

/**
 * Link repeats of one target: same province, category, bounds, unit and year, in different clauses
 * (a plan's goal bullet and its task heading; a plan and its interpretation; two plans of one province).
 * The subjects must also share wording. Each repeat links to the first occurrence it matches.
 * @param targets all targets in corpus order
 * @returns same-target links from each repeat to its first occurrence
 */
export function linkSameTargets(targets: Target[]): Link[] {
  const first = new Map<string, Target[]>();
  const links: Link[] = [];
  for (const target of targets) {
    if (target.category === null) continue;
    const key = [target.province, target.category, target.min, target.max, target.unit, target.year].join('|');
    const earlier = first.get(key) ?? [];
    const original = earlier.find((t) => targetAnchor(t) !== targetAnchor(target) && titleSimilarity(t.subject ?? '', target.subject ?? '') >= SUBJECT_SIMILARITY);
    if (original) links.push({ from: target.id, to: original.id, type: 'same-target', text: `${target.text} = ${original.text}` });
    else earlier.push(target);
    first.set(key, earlier);
  }
  return links;
}
