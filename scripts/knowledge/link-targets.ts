import type { LinkWithoutKinds } from '../../src/schemas/link.ts';
import { targetAnchor, type SameTargetDeclaration, type Target, type TargetVocab } from '../../src/schemas/target.ts';
import { headOf } from './targets/categorise-subject.ts';
import { lookUpStatement, targetsByDocument } from './targets/declared-statements.ts';
import { isClassifier } from './targets/target-grammar.ts';
import { titleSimilarity } from './title-similarity.ts';

// A guard for broad heads: 100家专精特新企业 and 100家高新技术企业 both count 企业, yet are different targets.
const SUBJECT_SIMILARITY = 0.25;

/** A declaration with its two statements found among the targets, or why they were not. */
export interface ResolvedDeclaration {
  declaration: SameTargetDeclaration;
  /** The ids of the targets its statements name, in its order; null where a statement names none or several. */
  ids: [string | null, string | null];
}

/**
 * Find the targets a declaration's statements name: same document, same text, on the same line.
 * @param targets all targets
 * @param declarations reviewed decisions (content/vocab/same-targets.yaml)
 * @returns each declaration with the target ids it names (null for a statement naming none or several)
 */
export function resolveDeclarations(targets: readonly Target[], declarations: readonly SameTargetDeclaration[]): ResolvedDeclaration[] {
  const byDocument = targetsByDocument(targets);
  return declarations.map((declaration) => ({
    declaration,
    ids: declaration.statements.map((s) => {
      const found = lookUpStatement(byDocument, s);
      return 'found' in found ? found.found.id : null;
    }) as [string | null, string | null],
  }));
}

/**
 * Link repeats of one target: same province, what is counted, bounds, year and yearly-or-not, in
 * different places (a plan's goal bullet and its task heading; a plan and its interpretation; two
 * plans of one province). What is counted is the subject's head keyword in the target vocabulary, or
 * one of its synonyms; the classifier does not matter (100个…示范企业 = 100家示范企业), a money unit
 * does. The subjects must also share wording with an earlier statement of the target (any of them, so
 * that a restatement of a restatement is found). Each repeat links to the first statement of its target.
 *
 * Reviewed declarations decide what the rule cannot: `same: true` links two statements whose nouns differ
 * (组织实施100项…研发计划项目 = 突破100项前沿技术, one programme), `same: false` keeps apart two the rule would
 * link. A declaration whose statements are not both found (another corpus) is left aside; the build checks
 * that every declaration naming this corpus's documents resolves (scripts/knowledge/target-parts.ts).
 * @param targets all targets in corpus order
 * @param vocab the target vocabulary, for head keywords and their synonyms
 * @param declarations reviewed decisions (content/vocab/same-targets.yaml)
 * @returns same-target links from each repeat to its first statement
 */
export function linkSameTargets(targets: Target[], vocab: TargetVocab, declarations: readonly SameTargetDeclaration[] = []): LinkWithoutKinds[] {
  const counted = countedThing(vocab);
  const pair = (a: string, b: string) => [a, b].sort().join(' ');
  const declared = new Map<string, boolean>();
  for (const { declaration, ids: [a, b] } of resolveDeclarations(targets, declarations)) if (a !== null && b !== null) declared.set(pair(a, b), declaration.same);

  const keyOf = new Map<string, string>();
  for (const target of targets) {
    const head = target.subject === null ? null : headOf(target.subject, vocab.categories);
    if (head === null) continue;
    const unit = isClassifier(target.unit) ? 'count' : target.unit;
    keyOf.set(target.id, [target.province, target.min, target.max, unit, target.perYear, target.year, head.category, counted.get(head.keyword) ?? head.keyword].join('|'));
  }
  // A declaration may say two nouns name one thing; it cannot make two amounts one.
  const amountOf = (id: string) => keyOf.get(id)?.split('|').slice(0, 6).join('|');
  for (const [ids, same] of declared) {
    const [a, b] = ids.split(' ') as [string, string];
    if (same && amountOf(a) !== amountOf(b)) throw new Error(`same-targets.yaml declares ${a} and ${b} the same target, but their province, amount, year or yearly-or-not differ`);
  }
  // Two statements declared the same put their keys together: every statement of either counts as one target.
  const merged = new Map<string, string>();
  const find = (key: string): string => (merged.has(key) ? find(merged.get(key)!) : key);
  for (const [ids, same] of declared) {
    const [a, b] = ids.split(' ').map((id) => keyOf.get(id));
    if (same && a !== undefined && b !== undefined && find(a) !== find(b)) merged.set(find(b), find(a));
  }

  const byId = new Map(targets.map((t) => [t.id, t]));
  const statements = new Map<string, Target[]>();
  const firstOf = new Map<string, string>();
  const links: LinkWithoutKinds[] = [];
  for (const target of targets) {
    const own = keyOf.get(target.id);
    if (own === undefined) continue;
    const key = find(own);
    const earlier = statements.get(key) ?? [];
    const matches = (t: Target) => {
      const decision = declared.get(pair(t.id, target.id)) ?? declared.get(pair(firstOf.get(t.id) ?? t.id, target.id));
      if (decision !== undefined) return decision;
      return targetAnchor(t) !== targetAnchor(target) && titleSimilarity(t.subject!, target.subject!) >= SUBJECT_SIMILARITY;
    };
    const match = earlier.find(matches);
    if (match) {
      const first = firstOf.get(match.id) ?? match.id;
      // A statement kept apart from the first statement by a declaration is not joined to it through another.
      if (declared.get(pair(first, target.id)) !== false) {
        firstOf.set(target.id, first);
        const original = byId.get(first)!;
        links.push({ from: target.id, to: first, type: 'same-target', text: `${target.text} = ${original.text}` });
      }
    }
    earlier.push(target);
    statements.set(key, earlier);
  }
  return links;
}

/** @returns each synonym keyword mapped to the first of its group, which stands for the group */
function countedThing(vocab: TargetVocab): Map<string, string> {
  return new Map(vocab.categories.flatMap((c) => c.synonyms.flatMap((group) => group.map((word) => [word, group[0]!] as const))));
}
