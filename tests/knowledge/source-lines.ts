// Test helper: real lines of the source texts, raw or in the normalised form the ingest hands to the
// knowledge layer (through the ingest's own normaliser, so fixtures and the build cannot drift apart).
import { readFileSync } from 'node:fs';
import { normaliseLine } from '../../scripts/ingest/normalise-line.ts';

export const THREE_YEAR_PLAN = 'content/sources/jiangsu-future-industries-three-year-plan-2024.txt';
export const FIVE_BY_100_PLAN = 'content/sources/jiangsu-5x100-action-plan-2024.txt';
export const FIVE_BY_100_INTERPRETATION = 'content/sources/jiangsu-5x100-interpretation-2024.txt';
export const ROUNDUP = 'content/sources/provinces-pilot-zone-roundup-2024.txt';
export const JIANGXI_INTERPRETATION = 'content/sources/jiangxi-six-actions-interpretation-2024.txt';

/** The raw lines of a source file (index 0 is line 1). */
export function rawLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n');
}

/** One raw line, 1-based. */
export function rawLine(file: string, line: number): string {
  return rawLines(file)[line - 1] ?? '';
}

/** Normalises one raw line with the ingest's own normaliser (no errata), as the knowledge layer receives it. */
export function normalise(raw: string, traditional = false): string {
  return normaliseLine(raw, 1, { file: 'fixture', script: traditional ? 'traditional-pinyin' : 'simplified', errata: [] }).text;
}

/** One line, 1-based, normalised (the roundup is converted from traditional). */
export function normalisedLine(file: string, line: number): string {
  return normalise(rawLine(file, line), file === ROUNDUP);
}

/** The numbered clauses of the Jiangsu three-year plan: number, raw line number, normalised text. */
export function threeYearPlanClauses(): Array<{ number: number; line: number; text: string }> {
  return rawLines(THREE_YEAR_PLAN).flatMap((raw, i) => {
    const match = /^(\d+)\./.exec(raw);
    return match ? [{ number: Number(match[1]), line: i + 1, text: normalise(raw) }] : [];
  });
}

/** Splits a clause into its body and its final department parenthetical (either width of brackets). */
export function splitDepartmentParenthetical(clause: string): { body: string; departments: string } {
  const match = /[(（]([^()（）]*)[)）]\s*$/.exec(clause);
  return match ? { body: clause.slice(0, match.index), departments: match[1] } : { body: clause, departments: '' };
}
