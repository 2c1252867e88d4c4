import type { LinkWithoutKinds } from '../../src/schemas/link.ts';
import { targetAnchor, type Target, type TargetVocab } from '../../src/schemas/target.ts';
import { headOf } from './targets/categorise-subject.ts';
import { isClassifier } from './targets/target-grammar.ts';
import { titleSimilarity } from './title-similarity.ts';

// A guard for broad heads: 100家专精特新企业 and 100家高新技术企业 both count 企业, yet are different targets.
const SUBJECT_SIMILARITY = 0.25;

/**
 * Link repeats of one target: same province, what is counted, bounds, year and yearly-or-not, in
 * different places (a plan's goal bullet and its task heading; a plan and its interpretation; two
 * plans of one province). What is counted is the subject's head keyword in the target vocabulary, or
 * one of its synonyms; the classifier does not matter (100个…示范企业 = 100家示范企业), a money unit
 * does. The subjects must also share wording. Each repeat links to the first occurrence it matches.
 * @param targets all targets in corpus order
 * @param vocab the target vocabulary, for head keywords and their synonyms
 * @returns same-target links from each repeat to its first occurrence
 */
export function linkSameTargets(targets: Target[], vocab: TargetVocab): LinkWithoutKinds[] {
  const counted = countedThing(vocab);
  const first = new Map<string, Target[]>();
  const links: LinkWithoutKinds[] = [];
  for (const target of targets) {
    const head = target.subject === null ? null : headOf(target.subject, vocab.categories);
    if (head === null) continue;
    const unit = isClassifier(target.unit) ? 'count' : target.unit;
    const key = [target.province, head.category, counted.get(head.keyword) ?? head.keyword, target.min, target.max, unit, target.perYear, target.year].join('|');
    const earlier = first.get(key) ?? [];
    const original = earlier.find((t) => targetAnchor(t) !== targetAnchor(target) && titleSimilarity(t.subject!, target.subject!) >= SUBJECT_SIMILARITY);
    if (original) links.push({ from: target.id, to: original.id, type: 'same-target', text: `${target.text} = ${original.text}` });
    else earlier.push(target);
    first.set(key, earlier);
  }
  return links;
}

/** @returns each synonym keyword mapped to the first of its group, which stands for the group */
function countedThing(vocab: TargetVocab): Map<string, string> {
  return new Map(vocab.categories.flatMap((c) => c.synonyms.flatMap((group) => group.map((word) => [word, group[0]!] as const))));
}
