const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Read a Chinese numeral of the kind used for section numbers (一 … 九十九).
 * @param numeral e.g. 三, 十, 十二, 二十三
 * @returns its value, or NaN when it is not such a numeral
 */
export function chineseNumeral(numeral: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(numeral);
  if (!m || numeral === '') return Number.NaN;
  if (!m[2]) return m[3] ? Number.NaN : DIGITS[m[1]];
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}
