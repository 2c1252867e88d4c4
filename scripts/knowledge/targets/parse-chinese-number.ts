/** Values of the Chinese digits a count can be written with (两 as in 两个, 〇 as in 一〇). */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Multipliers below 万; 万 and 亿 are sections of their own. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const SECTION_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * Parse a Chinese numeral such as 百, 十, 二十, 一百二十, 三千零五, 十万 into a number.
 * A multiplier with no digit before it counts as one of it (百家 = 100, 十大 = 10).
 * @param numeral the numeral characters only, without classifier
 * @returns the value, or null when the string is not a well-formed numeral
 */
export function parseChineseNumber(numeral: string): number | null {
  if (numeral.length === 0) return null;
  let total = 0; // finished 万/亿 sections
  let section = 0; // the current section below 万
  let digit: number | null = null; // a digit waiting for its multiplier
  let lastSmallUnit = Infinity; // multipliers inside a section must decrease: 二百十 is fine, 十百 is not
  for (const char of numeral) {
    if (char in DIGITS) {
      if (digit !== null && digit !== 0) return null; // 二三 or 一〇 is a digit string, not a numeral
      digit = DIGITS[char]!;
    } else if (char in SMALL_UNITS) {
      const unit = SMALL_UNITS[char]!;
      if (unit >= lastSmallUnit) return null;
      section += (digit === null || digit === 0 ? 1 : digit) * unit;
      lastSmallUnit = unit;
      digit = null;
    } else if (char in SECTION_UNITS) {
      const unit = SECTION_UNITS[char]!;
      const sectionValue = section + (digit ?? 0);
      if (sectionValue === 0 && total === 0) return null; // 万 with nothing before it
      total = (total + sectionValue) * unit; // 一万亿: the empty section multiplies the whole
      section = 0;
      digit = null;
      lastSmallUnit = Infinity;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
