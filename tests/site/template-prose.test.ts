// Chinese prose in the page templates: a line break between two Chinese characters becomes a visible
// space in the built page (HTML collapses it to one space; Chinese puts none), as in “可引用的条款， 标注”.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? templates(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : []));
}

test('no template breaks a line between two Chinese characters', () => {
  const files = templates('src');
  expect(files.length).toBeGreaterThan(20);
  const breaks: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const next = lines[i + 1]?.trim() ?? '';
      if (CJK.test(line.trimEnd().slice(-1)) && CJK.test(next.slice(0, 1))) breaks.push(`${file}:${i + 1}: …${line.trimEnd().slice(-12)} ⏎ ${next.slice(0, 12)}…`);
    });
  }
  expect(breaks).toEqual([]);
});

test('the built home page has no space after the full-width comma its lede once had', () => {
  const html = readFileSync(join(process.env.ATLAS_OUT_DIR || 'dist', 'index.html'), 'utf8');
  expect(html).toContain('逐条可引用的条款，标注条款涉及的责任部门');
});
