// How a target's amount, hedges and years read: shared by the pages (through atlas.ts), the reader's
// tooltip and the CSV files, so a yearly amount reads as yearly everywhere.
import type { Target } from '../schemas/target.ts';

type Amount = Pick<Target, 'value' | 'min' | 'max' | 'unit' | 'qualifiers'>;
type Years = Pick<Target, 'perYear' | 'year' | 'fromYear' | 'yearSource'>;

/** Qualifiers written after the unit, read as part of the amount (10项左右). */
const PART_OF_AMOUNT = new Set(['左右', '以上', '以内']);

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
