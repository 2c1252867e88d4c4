import { describe, expect, it } from 'vitest';
import { stripPinyin } from '../../scripts/ingest/normalise/strip-pinyin.ts';
import { toSimplified } from '../../scripts/ingest/normalise/to-simplified.ts';
import { normaliseWidth } from '../../scripts/ingest/normalise/normalise-width.ts';
import { normaliseSpacing } from '../../scripts/ingest/normalise/normalise-spacing.ts';
import { stripMarkdownBold } from '../../scripts/ingest/normalise/strip-markdown-bold.ts';
import { removeControlCharacters } from '../../scripts/ingest/normalise/remove-control-characters.ts';
import { normaliseLine } from '../../scripts/ingest/normalise-line.ts';
import { findCorruptedRuns } from '../../scripts/ingest/find-corrupted-runs.ts';
import { rawLines } from '../helpers/corpus.ts';
import { CJK_CHAR, CJK_PUNCT, isCjk, isCjkIdeograph } from '../../scripts/ingest/normalise/char-classes.ts';

const ROUNDUP = 'provinces-pilot-zone-roundup-2024.txt';

describe('stripPinyin (roundup)', () => {
  it('removes the annotation after each character: 當(dāng)前位置', () => {
    expect(stripPinyin('當(dāng)前位置:主頁(yè) > 新聞中心').text).toBe('當前位置:主頁 > 新聞中心');
  });
  it('keeps real parentheticals and strips only the annotations inside them (line 21)', () => {
    const line = rawLines(ROUNDUP)[20];
    const { text } = stripPinyin(line);
    expect(text).toContain('(以下簡稱《通知》)');
    expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
  });
  it('keeps (團隊) on line 22: its content is ideographs, not pinyin', () => {
    expect(stripPinyin(rawLines(ROUNDUP)[21]).text).toContain('領軍人才(團隊)30個');
  });
  it('leaves capitals and ideographs in parentheses alone: (S基金), (AI)', () => {
    expect(stripPinyin('二手份額轉讓基金(S基金)與(AI)').removed).toBe(0);
  });
});

describe('toSimplified (OpenCC)', () => {
  it('converts traditional to mainland simplified, phrase-aware: 標志著 → 标志着', () => {
    expect(toSimplified('標志著重慶市在加快培育發展未來產業')).toBe('标志着重庆市在加快培育发展未来产业');
  });
});

describe('normaliseWidth', () => {
  it('makes the three-year plan’s half-width punctuation full-width next to Chinese (line 10)', () => {
    expect(normaliseWidth('省各有关部门和单位,各设区市发展改革委、国资委,有关单位:').text).toBe('省各有关部门和单位，各设区市发展改革委、国资委，有关单位：');
  });
  it('converts parentheses as pairs: (2024-2026年) and (S基金)', () => {
    expect(normaliseWidth('三年行动方案(2024-2026年)').text).toBe('三年行动方案（2024-2026年）');
    expect(normaliseWidth('转让基金(S基金)。').text).toBe('转让基金（S基金）。');
  });
  it('leaves ASCII contexts alone: dates, phone numbers, URLs', () => {
    expect(normaliseWidth('2024-03-06 025-8799064 achie.org').changed).toBe(false);
  });
  it('does not touch a run of question marks: it marks corrupted text (深??臻g)', () => {
    expect(normaliseWidth('深??臻g等').text).toBe('深??臻g等');
  });
});

describe('normaliseSpacing', () => {
  it('removes spaces between Chinese and digits from the PDF extraction: 突破 100 项前沿技术', () => {
    expect(normaliseSpacing('——突破 100 项前沿技术。').text).toBe('——突破100项前沿技术。');
  });
  it('removes the space after a clause number and beside CJK quotes: 1. 编制 / “5个100” 行动方案', () => {
    expect(normaliseSpacing('1. 编制“一图三清单”。').text).toBe('1.编制“一图三清单”。');
    expect(normaliseSpacing('加快科技创新引领未来产业发展“5个100” 行动方案').text).toBe('加快科技创新引领未来产业发展“5个100”行动方案');
  });
  it('ambiguity: keeps a space between two ideographs and reports it (科创 产业 may hide a lost “+”)', () => {
    const result = normaliseSpacing('探索“科创 产业”产学研用协作模式');
    expect(result.text).toBe('探索“科创 产业”产学研用协作模式');
    expect(result.suspiciousSpaces).toHaveLength(1);
  });
});

describe('stripMarkdownBold and removeControlCharacters', () => {
  it('removes bold residue from the 5个100 plan line 41', () => {
    const line = rawLines('jiangsu-5x100-action-plan-2024.txt')[40];
    expect(stripMarkdownBold(line).text.startsWith('4. 加强重点领域标准研制。加强与国家信标委')).toBe(true);
  });
  it('removes and counts control characters, keeping tabs', () => {
    expect(removeControlCharacters('未来\u0007产业\u0000\t先导区')).toEqual({ text: '未来产业\t先导区', removed: 2 });
  });
});

describe('normaliseLine', () => {
  it('turns roundup line 35 into simplified text, applying the declared erratum and reporting the corrupted run', () => {
    const raw = rawLines(ROUNDUP)[34];
    const erratum = { file: ROUNDUP, line: 35, original: '深??臻g', correction: '深海空間', reason: '乱码' };
    const result = normaliseLine(raw, 35, { file: ROUNDUP, script: 'traditional-pinyin', errata: [erratum] });
    expect(result.text).toBe('珠海市依托珠海高新区等重点创新平台，聚焦低碳能源、未来空间、通用智能、生命与健康等领域，重点发展新型储能、深海空间等细分产业。');
    // The erratum is written in the raw line's script; the run reads as the site's converted text does.
    expect(result.corrupted).toEqual([{ text: '深??臻g', offset: expect.any(Number), corrected: true, correctedAs: '深海空间' }]);
    expect(result.repairs.map((r) => r.kind)).toEqual(expect.arrayContaining(['erratum', 'pinyin', 'simplified', 'width']));
  });
  it('without the erratum the damaged run stays as it is and is reported uncorrected', () => {
    const result = normaliseLine(rawLines(ROUNDUP)[34], 35, { file: ROUNDUP, script: 'traditional-pinyin', errata: [] });
    expect(result.text).toContain('深??臻g');
    expect(result.corrupted[0].corrected).toBe(false);
  });
  it('fails with file and line when an erratum’s original is not on its line', () => {
    const erratum = { file: ROUNDUP, line: 34, original: '深??臻g', correction: '深海空間', reason: 'x' };
    expect(() => normaliseLine(rawLines(ROUNDUP)[33], 34, { file: ROUNDUP, script: 'traditional-pinyin', errata: [erratum] })).toThrow(`${ROUNDUP}:34: erratum expects`);
  });
  it('finds the corrupted run in the raw roundup line', () => {
    expect(findCorruptedRuns(stripPinyin(rawLines(ROUNDUP)[34]).text).map((r) => r.text)).toEqual(['??臻g']);
  });
});

describe('character classes: the lookup table answers as the class regexes do', () => {
  // The table (built for speed) and the regexes are both made from CJK_CHAR and CJK_PUNCT; every
  // UTF-16 unit, and a few characters outside the BMP, get the same answer from both.
  const cjkOrPunct = new RegExp(`[${CJK_CHAR}${CJK_PUNCT}]`, 'u');
  const ideograph = new RegExp(`[${CJK_CHAR}]`, 'u');

  it('for all 65,536 units and for 𠀀, 😀 and 𪚥', () => {
    const disagreements: string[] = [];
    const characters = [...Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit)), '𠀀', '😀', '𪚥'];
    for (const ch of characters) {
      if (isCjk(ch) !== cjkOrPunct.test(ch) || isCjkIdeograph(ch) !== ideograph.test(ch)) disagreements.push(ch.codePointAt(0)!.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});
