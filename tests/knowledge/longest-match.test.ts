import { describe, expect, it } from 'vitest';
import { findLongestMatches } from '../../scripts/knowledge/longest-match.ts';
import { normalisedLine, THREE_YEAR_PLAN } from './source-lines.ts';

// Line 18 of the three-year plan: 为深入落实《…》… 量子科技 … “10+X”未来产业体系 …
const line = normalisedLine(THREE_YEAR_PLAN, 18);

describe('findLongestMatches', () => {
  it('keeps the longest of overlapping phrases, in text order', () => {
    const spans = findLongestMatches([{ literal: '未来', payload: 'short' }, { literal: '未来产业', payload: 'long' }, { literal: '量子科技', payload: 'q' }], line);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.every((s) => line.slice(s.start, s.end) === s.matched)).toBe(true);
    // 未来产业 wins where it occurs; 未来 alone (未来网络) is still found.
    const longStarts = [...line.matchAll(/未来产业/gu)].map((m) => m.index);
    expect(spans.filter((s) => s.payload === 'long').map((s) => s.start)).toEqual(longStarts);
    expect(spans.filter((s) => s.payload === 'short').every((s) => !longStarts.includes(s.start))).toBe(true);
    expect(spans.some((s) => s.payload === 'short')).toBe(true);
    expect(spans.map((s) => s.start)).toEqual([...spans.map((s) => s.start)].sort((a, b) => a - b));
  });

  it('ends on a regex that can match empty text when the text holds a character outside the BMP', () => {
    // The vocabulary schema refuses such a regex; the matcher must still never loop on one (it did:
    // stepping one UTF-16 unit into a surrogate pair matched the empty string at the pair again).
    const text = `${line.slice(0, 20)}😀𠀀${line.slice(20)}`;
    const spans = findLongestMatches([{ regex: /(产业)?/u, payload: 'r' }], text);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.matched === '产业')).toBe(true);
    expect(spans.every((s) => text.slice(s.start, s.end) === s.matched)).toBe(true);
  });
});
