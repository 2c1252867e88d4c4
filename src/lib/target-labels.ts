// How a target's amount, hedges and years read: shared by the pages (through atlas.ts), the reader's
// tooltip and the CSV files, so a yearly amount reads as yearly everywhere.
import type { Target } from '../schemas/target.ts';

type Amount = Pick<Target, 'value' | 'min' | 'max' | 'unit' | 'qualifiers'>;
type Action = Pick<Target, 'action' | 'actionChangesCount'>;
type Years = Pick<Target, 'perYear' | 'year' | 'fromYear' | 'yearSource'>;

/** Qualifiers written after the unit, read as part of the amount (10项左右). */
const PART_OF_AMOUNT = new Set(['左右', '以上', '以内']);

/** @returns `60`, or `30-40` for a range */
export const amountRange = (min: number, max: number): string => (min === max ? `${min}` : `${min}-${max}`);

/** @returns whether a unit counts money (亿元, 万元): such amounts are compared and added only with the same unit */
export const isMoneyUnit = (unit: string): boolean => /元$/u.test(unit);

/** @returns a target's amount as a short phrase: 100项 / 30-40项 / 10家左右 */
export function targetAmount(target: Amount): string {
  const amount = target.value !== null ? `${target.value}` : `${target.min}-${target.max}`;
  return `${amount}${target.unit}${target.qualifiers.filter((q) => PART_OF_AMOUNT.has(q)).join('')}`;
}

/**
 * The amount as the text writes it, where the text has no digits for it (百家高新技术企业, 十大科创城): pages show
 * the amount in digits beside it, so a reader quoting the page can quote the source.
 * @returns e.g. `百家`, `十大`; null when the text prints the number in digits
 */
export function printedAmount(target: Pick<Target, 'value' | 'min' | 'text' | 'subject'>): string | null {
  if (target.text.replace(/\s/gu, '').includes(String(target.value ?? target.min))) return null;
  const subjectAt = target.subject ? target.text.lastIndexOf(target.subject) : -1;
  return subjectAt > 0 ? target.text.slice(0, subjectAt) : target.text;
}

/**
 * The verb phrase to show before the amount, where it changes what the number counts: 主导或参与制修订 30项国家标准
 * counts standards taken part in, 分批分类筛选 200家骨干高企 existing enterprises picked. A plain 建设 or 培育 is how
 * a bare amount reads anyway, and is left out.
 * @returns the action as printed, or empty
 */
export function targetAction(target: Action): string {
  return target.actionChangesCount && target.action !== null ? target.action : '';
}

/**
 * A target's statement as printed, its verb with it where the verb stands right before its words (突破100项前沿技术,
 * 着力升级100家未来产业科创园区): what a restatement is quoted as, so that two statements of one target show how
 * they differ. A shared verb printed earlier (…国家标准30项、国际标准10项左右) is not glued on: the quote stays a
 * substring of the text.
 * @returns a substring of the target's clause or heading
 */
export function targetStatement(target: Pick<Target, 'action' | 'actionStart' | 'start' | 'text'>): string {
  const adjacent = target.action !== null && target.actionStart !== null && target.actionStart + target.action.length === target.start;
  return adjacent ? `${target.action}${target.text}` : target.text;
}

/** @returns the qualifiers written before the amount, as printed: 力争 / 每年 / 争取 (empty when none) */
export function targetHedge(target: Pick<Target, 'qualifiers'>): string {
  return target.qualifiers.filter((q) => !PART_OF_AMOUNT.has(q)).join('');
}

/**
 * @returns the years a target concerns, as a table cell: 2026, or for a yearly amount its span 2024–2026
 *   (至2026 when the first year is unknown); empty when it has no year
 */
export function targetYearSpan(target: Years): string {
  if (target.year === null) return '';
  // A yearly amount is due each year of its span; its last year is no deadline for a total.
  if (target.perYear) return target.fromYear === null ? `至${target.year}` : `${target.fromYear}–${target.year}`;
  return String(target.year);
}

/**
 * @returns the years a target concerns, as a phrase: 2026年 (written), 2026年（规划期末） (inferred
 *   deadline), 2024–2026年（规划期内） (a yearly amount over the plan period), 未写明年份
 */
export function targetYearLabel(target: Years): string {
  if (target.year === null) return '未写明年份';
  const inferred = target.yearSource === 'plan-period' ? (target.perYear ? '（规划期内）' : '（规划期末）') : '';
  return `${targetYearSpan(target)}年${inferred}`;
}

/** @returns where a target's year comes from: 原文写明, 按规划期推定, or empty when it has none */
export function yearSourceLabel(target: Pick<Target, 'yearSource'>): string {
  return target.yearSource === 'explicit' ? '原文写明' : target.yearSource === 'plan-period' ? '按规划期推定' : '';
}

/** @returns the years a target is in force, for the compare page's year filter: each year of a yearly amount's span */
export function targetYears(target: Years): number[] {
  if (target.year === null) return [];
  if (!target.perYear || target.fromYear === null) return [target.year];
  return Array.from({ length: target.year - target.fromYear + 1 }, (_, i) => target.fromYear! + i);
}
