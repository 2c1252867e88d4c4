// Test helper: real lines of the source texts, raw or in the normalised form
// the ingest hands to the knowledge layer (see the shared normalisation rules).
// This is a minimal re-statement of those rules for fixtures, not the ingest.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

export const THREE_YEAR_PLAN = 'content/sources/jiangsu-future-industries-three-year-plan-2024.txt';
export const FIVE_BY_100_PLAN = 'content/sources/jiangsu-5x100-action-plan-2024.txt';
export const FIVE_BY_100_INTERPRETATION = 'content/sources/jiangsu-5x100-interpretation-2024.txt';
export const ROUNDUP = 'content/sources/provinces-pilot-zone-roundup-2024.txt';
export const JIANGXI_INTERPRETATION = 'content/sources/jiangxi-six-actions-interpretation-2024.txt';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]/;
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };

/** The raw lines of a source file (index 0 is line 1). */
export function rawLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n');
}

/** One raw line, 1-based. */
export function rawLine(file: string, line: number): string {
  return rawLines(file)[line - 1] ?? '';
}

/** Applies the ingest's normalisation to one line: simplified, full-width CJK punctuation, no CJK–ASCII spaces, no bold marks. */
export function normalise(text: string, traditional = false): string {
  let out = traditional ? toSimplified(text.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '')) : text;
  out = out.replaceAll('**', '');
  out = out.replace(/(?<=[\u4e00-\u9fff“”，。、；：（）])\s+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])\s+(?=[\u4e00-\u9fff“”，。、；：（）])/g, '');
  const chars = [...out];
  for (let i = 0; i < chars.length; i += 1) {
    const full = FULL_WIDTH[chars[i]];
    if (full && (CJK.test(chars[i - 1] ?? '') || CJK.test(chars[i + 1] ?? ''))) chars[i] = full;
  }
  return chars.join('');
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
