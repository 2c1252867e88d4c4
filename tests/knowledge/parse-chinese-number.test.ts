import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../scripts/knowledge/targets/parse-chinese-number.ts';

describe('parseChineseNumber', () => {
  it('reads a bare multiplier as one of it: 百家 = 100, 十大 = 10, 千 = 1000', () => {
    expect(parseChineseNumber('百')).toBe(100);
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('千')).toBe(1000);
  });

  it('reads digits, 两 and compound numerals (四个方面, 两个, 二十大, 十四届, 一百二十, 三千零五)', () => {
    expect(parseChineseNumber('四')).toBe(4);
    expect(parseChineseNumber('两')).toBe(2);
    expect(parseChineseNumber('二十')).toBe(20);
    expect(parseChineseNumber('十四')).toBe(14);
    expect(parseChineseNumber('一百二十')).toBe(120);
    expect(parseChineseNumber('三千零五')).toBe(3005);
    expect(parseChineseNumber('二百一十')).toBe(210);
  });

  it('reads 万 and 亿 sections (十万, 三万五千, 一万亿)', () => {
    expect(parseChineseNumber('十万')).toBe(100_000);
    expect(parseChineseNumber('三万五千')).toBe(35_000);
    expect(parseChineseNumber('一万亿')).toBe(1e12);
  });

  it('rejects digit strings and disordered multipliers (一〇, 二三, 十百, 万) and non-numerals', () => {
    expect(parseChineseNumber('一〇')).toBeNull();
    expect(parseChineseNumber('二三')).toBeNull();
    expect(parseChineseNumber('十百')).toBeNull();
    expect(parseChineseNumber('万')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
    expect(parseChineseNumber('百家')).toBeNull();
  });
});
