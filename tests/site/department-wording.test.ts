// What the built pages say about departments, documents and the home counts, checked against what the data
// and the source texts support: a sentence a reader can check must not claim more than the texts say.
import { describe, expect, test } from 'vitest';
import { readDistPage } from './dist.ts';
import { departmentById } from '../../src/lib/atlas.ts';

/** A page's running text as a reader sees it: head, styles and scripts dropped, tags as spaces, entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<head>[\s\S]*?<\/head>|<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gu, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ')
    .trim();

describe('/departments/: the page says what each column counts', () => {
  const html = readDistPage('/departments/');
  const text = textOf(html);

  test('the role columns count clauses, the 文件 column documents; no sentence says every number is a clause count', () => {
    expect(text).not.toContain('数字为条款数');
    expect(text).toContain('“牵头”“配合”“承接”“推定”各列是条款数，“文件”列是各部门发文、解读或发布的文件数。');
    expect(html).toMatch(/<th scope="col" class="num"[^>]*>文件<\/th><\/tr><\/thead>/u);
  });

  test('省发展改革委: 文件 3 counts the list it issued besides the two documents with its clauses', () => {
    // Its row: 牵头, 配合, 承接, 推定 and then 文件, which counts the 试点清单 (roundup line 42) too.
    const row = /<tr[^>]*><th scope="row"[^>]*><a href="\/departments\/jiangsu\/development-reform\/"[\s\S]*?<\/tr>/u.exec(html)![0];
    const cells = [...row.matchAll(/<td class="num"[^>]*>(\d*)<\/td>/gu)].map((m) => m[1]);
    expect(cells).toHaveLength(5);
    expect(cells.at(-1)).toBe('3');
    expect(departmentById.get('jiangsu/development-reform')!.documents).toContain('jiangsu-pilot-cluster-list-2024');
  });
});
