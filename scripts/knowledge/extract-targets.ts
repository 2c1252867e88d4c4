/**
 * Find the quantified targets (建设20个概念验证中心, 国际标准10项左右, 8-10个…先导区, 1000亿元) in ONE
 * clause's normalised text (simplified characters, full-width CJK punctuation, no spaces between
 * CJK and ASCII digits, page breaks rejoined).
 *
 * Decisions (each pinned by a test in tests/knowledge/extract-targets.test.ts):
 * - A target is a number followed by a unit (项 个 家 名 人 亿元 万元…). Bare numbers (years, dates,
 *   phone numbers, postcodes, document numbers, 10+X, 从0到1, U35, G60) are not targets, nor are
 *   ordinals (第三代), numbers glued to ASCII letters, counts inside “…” (“5个100”, “成熟一个…”),
 *   a count followed by another number (5个100), and a Chinese 一 with a classifier (read as "a").
 * - Chinese numerals count: 百家高新技术企业 = 100. A numeral + 大 (十大科创城) names a set; it is a
 *   target only when 建设/打造/建成 governs it (高标准建设十大科创城), with the classifier 个 implied.
 *   五大建设任务, 六大行动, 七大重点领域, 二十大 are not.
 * - Structural counts describe the plan, not a commitment: the counted noun is one of the
 *   vocabulary's structuralHeads (5个方面, 15项重点任务, 22项任务、61项举措, 7个总体数据指标,
 *   四个方面的基本条件, 12个产业领域).
 * - Enumeration sizes are not targets: a count right after 等 (…量子科技等12个产业领域) or right after
 *   the last item of a 、 list with no governing verb in that item (…、虚拟现实10个成长型).
 * - Subject, count first (建设20个概念验证中心): the words after the unit up to the clause's end. A
 *   relative clause ending in 的 stays when it is one modifier (100名（个）掌握未来技术的创新人才（团队）);
 *   a list of qualities joined by 、 is dropped (60个技术含量高、市场前景好、带动作用强的未来产业重大项目 ->
 *   未来产业重大项目). Nouns joined by 、 are all counted and stay (20个概念验证中心、中小试基地); the
 *   subject stops at a 、 that starts a verb phrase or the next count (…、培育100家示范企业).
 * - Unit as printed: a bracketed alternative classifier belongs to it (100名（个） -> 名（个））.
 * - Subject, count last (国际标准10项左右, 推动市场主体制定地方标准或行业标准60项): the words since the
 *   last clause mark or 、, after the first governing verb; or before a linking verb (规模达到1000亿元).
 *   A count with no noun at all (负责建设3个) inherits the subject of the previous target with the
 *   same unit in the same clause (10个先导区).
 * - Action: the verb phrase the amount stands in, as printed (推动市场主体制定 地方标准或行业标准60项): the clause's
 *   words before the span, after the clause's previous target, with a leading bullet, enumerator, deadline, hedge
 *   or field (在未来产业领域) set aside. After a bare 、 or a conjunction (以及) a count shares the verb before it
 *   (主导或参与制修订国家标准30项、国际标准10项左右). It changes what the number counts (actionChangesCount) when it
 *   names another actor (推动市场主体制定, 鼓励…联合企业建设, 支持建设), counts taking part (参与), picks or upgrades
 *   existing ones (筛选, 选拔, 升级) or brings them in (吸引, 招引, 引培): pages then show it with the amount.
 * - Qualifiers: 力争/争取/每年/不少于/至少/超过 anywhere earlier in the sentence, 左右/以上/以内 right after
 *   the unit; in written order.
 * - Year: an explicit 到YYYY年 in the same sentence (the nearest one before the count, else the first
 *   after), else the plan period's end given by the caller, else null. A bare 2024年 (公布了2024年…名单)
 *   is not a deadline.
 * - A digest (新闻综述) reports events: 公布了…名单，共有10个先导区入选，其中合肥高新区负责建设3个 counts a
 *   published list, it sets nothing. There a count is a target only when its sentence looks ahead:
 *   an explicit 到YYYY年 or a forward word (重庆将培育…, 力争). Plans and interpretations state
 *   commitments throughout (建设20个…) and are read without this test.
 * - 每年 makes the amount yearly (每年择优组织30-40项): perYear, and its years run from the plan period's
 *   first year (fromYear) to the year above, so no page reads it as a total due by the deadline.
 */
import type { TargetMatch, TargetVocab, YearSource } from '../../src/schemas/target.ts';
import { categoriseSubject, otherConjunctCategories } from './targets/categorise-subject.ts';
import { loadTargetVocab } from './targets/load-target-vocab.ts';
import { parseChineseNumber } from './targets/parse-chinese-number.ts';
import {
  ACTION_CONJUNCTIONS,
  ACTION_LEAD,
  ALTERNATIVE_UNIT,
  CLAUSE_BREAK,
  COUNT_CHANGING_WORDS,
  DEADLINE,
  FORWARD_WORDS,
  GOVERNING_VERBS,
  ITEM_BREAK,
  LINKING_VERBS,
  NAMED_SET_MARK,
  NAMED_SET_UNIT,
  NAMED_SET_VERBS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  SENTENCE_BREAK,
  SUBJECT_STOP_WORDS,
  UNITS,
} from './targets/target-grammar.ts';

/** What the caller knows about the clause beyond its text. */
export interface TargetContext {
  /** First year of the plan the clause belongs to (2024 for a 2024-2026 plan), if it has one. */
  periodStart?: number;
  /** Last year of the plan the clause belongs to (2026 for a 2024-2026 plan), if it has one. */
  periodEnd?: number;
  /** The clause is from a digest (新闻综述): only counts in forward-looking sentences are targets. */
  digest?: boolean;
  /** The target vocabulary; defaults to content/vocab/target-categories.yaml. */
  vocab?: TargetVocab;
}

/** An ASCII number or range (30-40), or a run of Chinese numeral characters. */
const NUMBER = /(\d+(?:\.\d+)?)(?:[-~～—至](\d+(?:\.\d+)?))?|([零〇一二两三四五六七八九十百千万]+)/g;

/** A count starting in a 、-separated item, to stop one target's subject before the next target. */
const NEXT_COUNT = /\d|[一二两三四五六七八九十百千]+[个项家名]/;

/** What follows a count written after its noun: a clause mark, 、 or a closing bracket. */
const COUNT_LAST_FOLLOWER = /[，。；：、！？）,;:!?)]/;

/** A number with its unit and the qualifiers glued after it. */
interface Count {
  start: number;
  countEnd: number;
  value: number | null;
  min: number;
  max: number;
  unit: string;
  qualifiersAfter: string[];
}

/**
 * Extract every quantified target from one clause's normalised text.
 * @param text the clause text, normalised (see the module comment)
 * @param context the plan period's last year, and optionally the vocabulary to use
 * @returns the targets in text order, with offsets into `text`
 */
export function extractTargets(text: string, context: TargetContext = {}): TargetMatch[] {
  const vocab = context.vocab ?? loadTargetVocab();
  const targets: TargetMatch[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const count = readCount(text, match);
    if (count === null) continue;
    const target = readTarget(text, count, vocab, context, targets);
    if (target !== null) targets.push(target);
  }
  return targets;
}

/** Read the number at `match` with its unit, or null when it is no count (see the module decisions). */
function readCount(text: string, match: RegExpMatchArray): Count | null {
  const start = match.index!;
  const before = text[start - 1] ?? '';
  if (/[A-Za-z0-9.]/.test(before) || before === '第') return null;
  if (isInsideQuotes(text, start)) return null;

  const chinese = match[3];
  let min: number;
  let max: number;
  if (chinese !== undefined) {
    const value = parseChineseNumber(chinese);
    if (value === null || value < 2) return null;
    min = max = value;
  } else {
    min = Number(match[1]);
    max = match[2] === undefined ? min : Number(match[2]);
    if (min > max) return null;
  }

  let at = start + match[0].length;
  let unit: string | undefined;
  if (chinese !== undefined && text.startsWith(NAMED_SET_MARK, at)) {
    const governed = NAMED_SET_VERBS.some((verb) => text.slice(0, start).endsWith(verb));
    if (!governed) return null;
    unit = NAMED_SET_UNIT;
    at += NAMED_SET_MARK.length;
  } else {
    unit = UNITS.find((candidate) => text.startsWith(candidate, at));
    if (unit === undefined) return null;
    at += unit.length;
  }
  if (/[0-9]/.test(text[at] ?? '')) return null; // 5个100: a name, not a count

  // 100名（个）: the printed unit is 名（个）; shown as 名 alone, the figure would differ from the source.
  const alternative = ALTERNATIVE_UNIT.exec(text.slice(at));
  if (alternative !== null) {
    unit += alternative[0];
    at += alternative[0].length;
  }
  const qualifiersAfter: string[] = [];
  for (const qualifier of QUALIFIERS_AFTER) {
    if (text.startsWith(qualifier, at)) {
      qualifiersAfter.push(qualifier);
      at += qualifier.length;
    }
  }
  return { start, countEnd: at, value: min === max ? min : null, min, max, unit, qualifiersAfter };
}

/** Turn a count into a target with subject, qualifiers and year, or null when it is structural. */
function readTarget(
  text: string,
  count: Count,
  vocab: TargetVocab,
  context: TargetContext,
  earlier: readonly TargetMatch[],
): TargetMatch | null {
  const clauseStart = lastBreakBefore(text, count.start, CLAUSE_BREAK);
  const itemStart = lastBreakBefore(text, count.start, ITEM_BREAK);
  const countLast = count.countEnd === text.length || COUNT_LAST_FOLLOWER.test(text[count.countEnd]!);

  let subject: { text: string; start: number; end: number } | null;
  if (countLast) {
    subject = subjectBefore(text, itemStart, count.start);
  } else {
    if (isEnumerationSize(text, clauseStart, itemStart, count.start)) return null;
    const tail = text.slice(count.countEnd, nextBreakAfter(text, count.countEnd, CLAUSE_BREAK));
    if (vocab.structuralHeads.some((head) => tail.startsWith(head))) return null;
    subject = subjectAfter(tail, count.countEnd);
  }
  if (subject !== null && vocab.structuralHeads.some((head) => subject!.text.endsWith(head))) return null;

  let category: string | null;
  let alsoCategories: string[] = [];
  let spanStart = count.start;
  let spanEnd = count.countEnd;
  if (subject !== null) {
    category = categoriseSubject(subject.text, vocab.categories);
    alsoCategories = otherConjunctCategories(subject.text, vocab.categories, category);
    spanStart = Math.min(spanStart, subject.start);
    spanEnd = Math.max(spanEnd, subject.end);
  } else {
    // 其中合肥高新区负责建设3个: the noun is left unsaid; it is the one of the previous count in the clause.
    const antecedent = [...earlier].reverse().find((t) => t.unit === count.unit && t.end <= count.start);
    const inClause = antecedent !== undefined && antecedent.start >= lastBreakBefore(text, count.start, SENTENCE_BREAK);
    category = inClause ? antecedent.category : null;
    subject = inClause && antecedent.subject !== null ? { text: antecedent.subject, start: count.start, end: count.start } : null;
  }

  const sentenceStart = lastBreakBefore(text, count.start, SENTENCE_BREAK);
  const sentenceEnd = nextBreakAfter(text, count.countEnd, SENTENCE_BREAK);
  if (context.digest && !looksAhead(text.slice(sentenceStart, sentenceEnd))) return null;
  const qualifiers = [...qualifiersBefore(text, sentenceStart, count.start), ...count.qualifiersAfter];
  const { year, yearSource } = deadline(text, sentenceStart, sentenceEnd, count.start, context.periodEnd);
  const action = actionOf(text, spanStart, earlier);
  const perYear = qualifiers.includes('每年');
  const fromYear = perYear && year !== null && context.periodStart !== undefined && context.periodStart <= year ? context.periodStart : null;

  return {
    value: count.value,
    min: count.min,
    max: count.max,
    unit: count.unit,
    qualifiers,
    qualifier: qualifiers[0] ?? null,
    subject: subject?.text ?? null,
    action: action?.text ?? null,
    actionStart: action?.start ?? null,
    actionChangesCount: action !== null && COUNT_CHANGING_WORDS.some((word) => action.text.includes(word)),
    category,
    alsoCategories,
    perYear,
    year,
    fromYear,
    yearSource,
    text: text.slice(spanStart, spanEnd),
    start: spanStart,
    end: spanEnd,
  };
}

/** Any word that can head the verb phrase a count stands in. */
const ACTION_VERBS: readonly string[] = [...GOVERNING_VERBS, ...COUNT_CHANGING_WORDS];

/**
 * The verb phrase a target stands in, as printed: the words of its clause before its span (推动市场主体制定 before
 * 地方标准或行业标准60项), after the previous target of the clause, with a leading bullet, deadline, hedge or field
 * set aside (ACTION_LEAD). A target with no words of its own after a 、 or a conjunction (国际标准10项左右 after
 * 国家标准30项、; 以及300家左右…) shares the previous target's phrase. Null when the words hold no verb.
 */
function actionOf(text: string, spanStart: number, earlier: readonly TargetMatch[]): { text: string; start: number } | null {
  const clauseStart = lastBreakBefore(text, spanStart, CLAUSE_BREAK);
  const previous = earlier.at(-1);
  const sentenceStart = lastBreakBefore(text, spanStart, SENTENCE_BREAK);
  let start = previous !== undefined && previous.end > clauseStart && previous.end <= spanStart ? previous.end : clauseStart;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const lead of ACTION_LEAD) {
      const match = lead.exec(text.slice(start, spanStart));
      if (match !== null && match[0].length > 0) {
        start += match[0].length;
        stripped = true;
      }
    }
  }
  const words = text.slice(start, spanStart);
  const shares = words === '' ? previous !== undefined && previous.end > clauseStart : (ACTION_CONJUNCTIONS as readonly string[]).includes(words);
  if (shares) {
    const inSentence = previous !== undefined && previous.start >= sentenceStart;
    return inSentence && previous.action !== null ? { text: previous.action, start: previous.actionStart! } : null;
  }
  return ACTION_VERBS.some((verb) => words.includes(verb)) ? { text: words, start } : null;
}

/** Subject of a count written before it: 国际标准10项左右, 推动市场主体制定地方标准或行业标准60项, 规模达到1000亿元. */
function subjectBefore(text: string, itemStart: number, countStart: number): { text: string; start: number; end: number } | null {
  const segment = text.slice(itemStart, countStart);
  const linking = LINKING_VERBS.find((verb) => segment.endsWith(verb));
  let start = itemStart;
  let end = countStart;
  if (linking !== undefined) {
    end -= linking.length;
  } else {
    const verb = firstVerb(segment);
    if (verb !== null) start = itemStart + verb.index + verb.verb.length;
  }
  return end > start ? { text: text.slice(start, end), start, end } : null;
}

/** Subject of a count written after it, from the clause tail starting at absolute offset `offset`. */
function subjectAfter(tail: string, offset: number): { text: string; start: number; end: number } | null {
  let end = tail.length;
  for (const word of SUBJECT_STOP_WORDS) {
    const at = tail.indexOf(word);
    if (at >= 0) end = Math.min(end, at);
  }
  // 前沿技术、培育100家示范企业: the 、 starts the next target.
  for (let i = tail.indexOf('、'); i >= 0 && i < end; i = tail.indexOf('、', i + 1)) {
    if (NEXT_COUNT.test(tail.slice(i + 1, end))) {
      end = i;
      break;
    }
  }
  // 掌握未来技术的创新人才: one modifier restricts what is counted and stays; a list of qualities in 、
  // (技术含量高、市场前景好、带动作用强的) is dropped.
  const relative = tail.lastIndexOf('的', end - 1);
  const start = relative >= 0 && tail.slice(0, relative).includes('、') ? relative + 1 : 0;
  // 概念验证中心、中小试基地: the count covers every noun of the list; a 、 before a verb starts another task.
  for (let i = tail.indexOf('、', start); i >= 0 && i < end; i = tail.indexOf('、', i + 1)) {
    if (GOVERNING_VERBS.some((verb) => tail.startsWith(verb, i + 1))) {
      end = i;
      break;
    }
  }
  return end > start ? { text: tail.slice(start, end), start: offset + start, end: offset + end } : null;
}

/** …等12个产业领域 or …、虚拟现实10个成长型: the count sizes the list just written, it commits to nothing. */
function isEnumerationSize(text: string, clauseStart: number, itemStart: number, countStart: number): boolean {
  if (text.slice(clauseStart, countStart).endsWith('等')) return true;
  const lastItem = text.slice(itemStart, countStart);
  return itemStart > clauseStart && lastItem.length > 0 && firstVerb(lastItem) === null;
}

/** The earliest governing verb in `segment` (the longest on a tie), or null. */
function firstVerb(segment: string): { verb: string; index: number } | null {
  let best: { verb: string; index: number } | null = null;
  for (const verb of GOVERNING_VERBS) {
    const index = segment.indexOf(verb);
    if (index < 0) continue;
    if (best === null || index < best.index || (index === best.index && verb.length > best.verb.length)) {
      best = { verb, index };
    }
  }
  return best;
}

/** Hedges written earlier in the sentence, in the order they appear. */
function qualifiersBefore(text: string, sentenceStart: number, countStart: number): string[] {
  const prefix = text.slice(sentenceStart, countStart);
  return QUALIFIERS_BEFORE.map((word) => ({ word, at: prefix.indexOf(word) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ word }) => word);
}

/** The explicit 到YYYY年 of the sentence, else the plan period's end, else none. */
function deadline(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  countStart: number,
  periodEnd: number | undefined,
): { year: number | null; yearSource: YearSource | null } {
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const years = [...sentence.matchAll(DEADLINE)].map((m) => ({ year: Number(m[1]), at: sentenceStart + m.index }));
  const explicit = years.filter((y) => y.at < countStart).at(-1) ?? years.find((y) => y.at > countStart);
  if (explicit !== undefined) return { year: explicit.year, yearSource: 'explicit' };
  if (periodEnd !== undefined) return { year: periodEnd, yearSource: 'plan-period' };
  return { year: null, yearSource: null };
}

// DEADLINE is global (its lastIndex moves): a test needs a copy of its own, made once.
const HAS_DEADLINE = new RegExp(DEADLINE.source);

/** Whether a sentence states a commitment (到2026年…, 重庆将培育…) rather than reports an event. */
function looksAhead(sentence: string): boolean {
  return HAS_DEADLINE.test(sentence) || FORWARD_WORDS.some((word) => sentence.includes(word));
}

/** Whether `at` falls between an opening “ and its closing ”. */
function isInsideQuotes(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '“') depth++;
    else if (text[i] === '”' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Offset just after the last match of `mark` before `at`, or 0. */
function lastBreakBefore(text: string, at: number, mark: RegExp): number {
  for (let i = at - 1; i >= 0; i--) if (mark.test(text[i]!)) return i + 1;
  return 0;
}

/** Offset of the first match of `mark` at or after `at`, or the text's length. */
function nextBreakAfter(text: string, at: number, mark: RegExp): number {
  for (let i = at; i < text.length; i++) if (mark.test(text[i]!)) return i;
  return text.length;
}
