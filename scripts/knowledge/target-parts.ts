// The reviewed decisions of content/vocab/same-targets.yaml checked against the corpus, and its wholes and parts put
// on the targets (targets.json partOf, parts, partsSum).
import type { LinkWithoutKinds } from '../../src/schemas/link.ts';
import type { DeclaredStatement, PartsSum, SameTargetDeclaration, SameTargetsFile, Target } from '../../src/schemas/target.ts';
import { amountRange, isMoneyUnit } from '../../src/lib/target-labels.ts';
import { IssueList, VocabError, type ParsedVocabFile } from './load-vocab.ts';
import { lookUpStatement, targetsByDocument } from './targets/declared-statements.ts';

/** A `parts` entry whose statements all name targets of this corpus. */
export interface ResolvedParts {
  /** Its index in the file's `parts`, for messages. */
  at: number;
  whole: Target;
  parts: Target[];
  sum: PartsSum;
}

/** Qualifiers that make an amount a bound (100项以上, 不少于30项): a sum of bounds is no total a page could print. */
const BOUNDS = new Set(['以上', '以内', '不少于', '至少', '超过']);

/** A part or a whole printed as an approximate amount: 10项左右, or a range such as 30-40项. */
const approximate = (t: Target) => t.value === null || t.qualifiers.includes('左右');

/**
 * Check every statement the file names against the targets, and each whole against its parts: each statement of an entry
 * must name exactly one target, with that text, on that line; the parts of a whole must be of its province, each the
 * part of one whole only, and add up as `sum` says; a whole and its part must not be declared one target. An entry
 * naming a document the corpus lacks is left aside (a test's corpus, one text with lines added); that every entry
 * resolves on the real corpus is a test (tests/knowledge/same-targets.test.ts).
 * @param file same-targets.yaml as parsed, with the line of each entry
 * @param targets all targets, each with its line
 * @param documentIds the corpus's documents: an entry naming one of them that has no targets is a fault
 * @returns the `parts` entries, resolved
 * @throws VocabError naming the file and the line of every entry at fault
 */
export function checkSameTargets(file: ParsedVocabFile<SameTargetsFile>, targets: readonly Target[], documentIds?: ReadonlySet<string>): ResolvedParts[] {
  const issues = new IssueList();
  const byDocument = targetsByDocument(targets);
  /** @returns the targets the statements name, or null when one does not resolve (said) or names a document the corpus lacks */
  const resolve = (statements: Array<[DeclaredStatement, readonly PropertyKey[]]>): Target[] | null => {
    const looked = statements.map(([statement, path]) => ({ path, result: lookUpStatement(byDocument, statement, documentIds) }));
    if (looked.some(({ result }) => 'absent' in result)) return null;
    const found: Target[] = [];
    for (const { path, result } of looked) {
      if ('found' in result) found.push(result.found);
      else if ('field' in result) issues.add(file, [...path, result.field], result.problem);
    }
    return found.length === statements.length ? found : null;
  };

  const declaredSame = new Set<string>();
  const pair = (a: string, b: string) => [a, b].sort().join(' ');
  file.value.declarations.forEach((declaration, i) => {
    const found = resolve(declaration.statements.map((s, j) => [s, ['declarations', i, 'statements', j]]));
    if (found && declaration.same) declaredSame.add(pair(found[0]!.id, found[1]!.id));
  });

  const resolved: ResolvedParts[] = [];
  const wholeOf = new Map<string, number>();
  file.value.parts.forEach((entry, at) => {
    const found = resolve([[entry.whole, ['parts', at, 'whole']], ...entry.parts.map((s, j): [DeclaredStatement, PropertyKey[]] => [s, ['parts', at, 'parts', j]])]);
    if (!found) return;
    const [whole, ...parts] = found as [Target, ...Target[]];
    const problems = partProblems(whole, parts, entry.sum);
    parts.forEach((part, j) => {
      const other = wholeOf.get(part.id);
      if (part.id === whole.id) problems.push([['parts', j], 'a part is its whole']);
      else if (parts.findIndex((p) => p.id === part.id) !== j) problems.push([['parts', j], `“${part.text}” is listed twice`]);
      else if (other !== undefined) problems.push([['parts', j], `“${part.text}” is already a part of the whole of parts[${other}]`]);
      if (declaredSame.has(pair(whole.id, part.id))) problems.push([['parts', j], `“${part.text}” and its whole are declared the same target (same: true)`]);
      wholeOf.set(part.id, at);
    });
    for (const [path, message] of problems) issues.add(file, ['parts', at, ...path], message);
    resolved.push({ at, whole, parts, sum: entry.sum });
  });
  if (issues.issues.length > 0) throw new VocabError(issues.issues);
  return resolved;
}

/** @returns what is wrong with the parts of a whole as `sum` relates them, each with its path under the entry */
function partProblems(whole: Target, parts: readonly Target[], sum: PartsSum): Array<[PropertyKey[], string]> {
  const problems: Array<[PropertyKey[], string]> = [];
  parts.forEach((part, j) => {
    if (part.province !== whole.province) problems.push([['parts', j], `“${part.text}” is of ${part.province}, its whole of ${whole.province}`]);
  });
  if (sum === 'under') return problems;
  parts.forEach((part, j) => {
    if (part.perYear) problems.push([['parts', j], `“${part.text}” is a yearly amount, which adds up to no total; say sum: under`]);
    if (isMoneyUnit(part.unit) !== isMoneyUnit(whole.unit) || (isMoneyUnit(whole.unit) && part.unit !== whole.unit)) problems.push([['parts', j], `“${part.text}” counts in ${part.unit}, its whole in ${whole.unit}`]);
  });
  [whole, ...parts].forEach((t) => {
    const bound = t.qualifiers.find((q) => BOUNDS.has(q));
    if (bound) problems.push([t === whole ? ['whole'] : ['parts', parts.indexOf(t)], `“${t.text}” is a bound (${bound}), so the parts add up to no total the pages could print; say sum: under`]);
  });
  if (problems.length > 0) return problems;
  const min = parts.reduce((n, p) => n + p.min, 0);
  const max = parts.reduce((n, p) => n + p.max, 0);
  if (max < whole.min || min > whole.max) return [[['sum'], `the parts add up to ${amountRange(min, max)}, and “${whole.text}” is ${amountRange(whole.min, whole.max)}; say sum: under if the text only sets them under its task`]];
  const loose = [whole, ...parts].filter(approximate).map((t) => `“${t.text}”`);
  if (sum === 'equals' && loose.length > 0) problems.push([['sum'], `${loose.join('、')} is printed as an approximate amount: say sum: about`]);
  if (sum === 'about' && loose.length === 0) problems.push([['sum'], `the parts add up to exactly ${amountRange(min, max)}, none printed as approximate: say sum: equals`]);
  return problems;
}

/**
 * A whole and its part are never one target: each pair is kept apart as a `same: false` declaration would.
 * @returns a `same: false` declaration for each whole and each of its parts
 */
export function partsKeptApart(resolved: readonly ResolvedParts[]): SameTargetDeclaration[] {
  const statement = (t: Target) => ({ document: t.documentId, line: t.line, text: t.text });
  return resolved.flatMap(({ whole, parts }) => parts.map((part): SameTargetDeclaration => ({ same: false, statements: [statement(whole), statement(part)], reason: 'a part of its whole' })));
}

/**
 * Put the wholes and parts on the targets: `parts` and `partsSum` on the whole as declared, `partOf` on each part.
 * @param targets all targets, changed in place
 * @param resolved the `parts` entries, resolved ({@link checkSameTargets})
 * @param sameTargetLinks the restatement links, from each repeat to the first statement of its target
 * @param file same-targets.yaml as parsed, for messages
 * @throws VocabError when a part is linked as a restatement of another statement of its whole, when two wholes are one
 *   target, or when a part is a statement of another whole
 */
export function applyTargetParts(targets: Target[], resolved: readonly ResolvedParts[], sameTargetLinks: readonly LinkWithoutKinds[], file: ParsedVocabFile<SameTargetsFile>): void {
  const firstOf = new Map(sameTargetLinks.map((l) => [l.from, l.to]));
  const first = (id: string) => firstOf.get(id) ?? id;
  const issues = new IssueList();
  const byId = new Map(targets.map((t) => [t.id, t]));
  // Checked on targets, not statements, so they hold however a target is stated: a whole's parts are declared once (the
  // 5个100 plan's goal and its task heading are one whole), and one level only, a part being no whole, so that a reader
  // adds nothing twice down a chain.
  const wholeEntry = new Map<string, number>();
  for (const { at, whole } of resolved) {
    const earlier = wholeEntry.get(first(whole.id));
    if (earlier === undefined) wholeEntry.set(first(whole.id), at);
    else issues.add(file, ['parts', at, 'whole'], `“${whole.text}” is one target with the whole of parts[${earlier}]; declare its parts once`);
  }
  for (const { at, whole, parts } of resolved) {
    parts.forEach((part, j) => {
      const other = wholeEntry.get(first(part.id));
      if (other !== undefined && first(part.id) !== first(whole.id)) issues.add(file, ['parts', at, 'parts', j], `“${part.text}” is one target with the whole of parts[${other}]: a part cannot be a whole; list the parts of the larger whole instead`);
    });
  }
  for (const { at, whole, parts, sum } of resolved) {
    parts.forEach((part, j) => {
      if (first(part.id) === first(whole.id)) {
        issues.add(file, ['parts', at, 'parts', j], `the linking rule makes “${part.text}” a restatement of “${byId.get(first(whole.id))!.text}”, a statement of its whole; declare them same: false`);
      }
      byId.get(part.id)!.partOf = whole.id;
    });
    Object.assign(byId.get(whole.id)!, { parts: parts.map((p) => p.id), partsSum: sum });
  }
  if (issues.issues.length > 0) throw new VocabError(issues.issues);
}
