// The open data's version: the same files give the same version on any machine and in any order; a change of one
// character in one file gives another, so a citation's version pins the data it used.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dataVersionOf } from '../../src/lib/open-data-catalogue.ts';
import { dataReadme } from '../../scripts/emit/data-readme.ts';

// A real line of the three-year plan, as clauses.json would carry it.
const line = readFileSync('content/sources/jiangsu-future-industries-three-year-plan-2024.txt', 'utf8').split('\n').find((l) => l.startsWith('3.加速创新成果转化'))!;

describe('dataVersionOf', () => {
  const files: Array<[string, string]> = [['clauses.json', JSON.stringify([{ text: line }])], ['targets.csv', 'id,value\r\njiangsu-3yr-plan/c3/t1,20\r\n']];

  test('twelve hex digits, the same for the same files in any order', () => {
    const version = dataVersionOf(files);
    expect(version).toMatch(/^[0-9a-f]{12}$/u);
    expect(dataVersionOf([...files].reverse())).toBe(version);
  });

  test('one character changed, or a file renamed, gives another version', () => {
    const version = dataVersionOf(files);
    expect(dataVersionOf([[files[0]![0], files[0]![1].replace('20个', '30个')], files[1]!])).not.toBe(version);
    expect(dataVersionOf([['clauses2.json', files[0]![1]], files[1]!])).not.toBe(version);
    // The name and content are kept apart: moving a character across the boundary is a change too.
    expect(dataVersionOf([['ab', 'c']])).not.toBe(dataVersionOf([['a', 'bc']]));
  });

  test('the README states the version and the licence, and that the source texts are not under it', () => {
    const readme = dataReadme('0123456789ab', true, { first: '2024-02-27', last: '2024-10-18', undated: 1 });
    expect(readme).toContain('数据版本：0123456789ab');
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('上述许可不适用于这些原文');
    expect(readme).toContain('sources/README.md');
    // A corpus without the sources' README (the benchmark's) is not promised one.
    expect(dataReadme('0123456789ab', false, null)).not.toContain('README.md');
    // The dataset's citation, filled in but for the address (the ingest does not know it) and the date of access.
    expect(readme).toContain('> 未来产业政策图谱开放数据，数据版本 0123456789ab（有日期的收录文本发布于2024-02-27至2024-10-18（另1份未注明日期）），（下载本数据的网址），访问日期：（引用时填写）。');
  });
});
