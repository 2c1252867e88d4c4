// What a reader must see on the built home, province, sector, measure and department pages, and that
// their links to clauses, sectors, measures and departments land on real pages and anchors.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, readDistPage } from './dist.ts';
import { clauseById, departments, documentById, measures, provinces, sectorsFile, anchorOf } from '../../src/lib/atlas.ts';
import { headingEnd } from '../../src/lib/clause-spans.ts';
import { sourceLines } from '../../src/lib/clause-list.ts';
import { coverageMatrix } from '../../src/lib/home-page.ts';
import { sectorProvinceLists } from '../../src/lib/sector-page.ts';
import { measureProvinceLists } from '../../src/lib/measure-page.ts';
import { departmentRoleLists } from '../../src/lib/department-page.ts';

const withoutHead = (html: string) => html.replace(/<head>[\s\S]*?<\/head>|<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, '');
/** Running text of an HTML fragment, tags removed (a clause's marks do not split its sentence). */
const text = (fragment: string) => withoutHead(fragment).replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
/** What a reader sees as separate words: every tag counts as a break (the build strips whitespace between tags). */
// A nowrap span (a title's （2024-2026年）) keeps text together on screen: it is no word boundary.
const words = (fragment: string) => withoutHead(fragment).replace(/<span class="nowrap"[^>]*>([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
/** The clause cards of a page, keyed by clause id. */
const cardsOf = (html: string) =>
  new Map([...html.matchAll(/<article class="clause-card[^"]*" data-clause="([^"]+)"[^>]*>([\s\S]*?)<\/article>/g)].map((m) => [m[1]!, m[2]!]));
/** The clause text a card shows: its paragraph, tags removed, without the ellipses marking cuts. */
const bodyOf = (card: string) => text(/<p class="clause-body"[^>]*>([\s\S]*?)<\/p>/.exec(card)![1]!).replace(/^…|…$/g, '');
/** Every href on a page. */
const hrefsOf = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
const readerIds = new Map<string, Set<string>>();
/** The ids present on a built reader page. */
const idsOn = (path: string) => {
  if (!readerIds.has(path)) readerIds.set(path, new Set([...readDistPage(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return readerIds.get(path)!;
};

/** Fails with the list of links on a page that lead nowhere in the build. */
function expectLinksResolve(path: string) {
  const broken: string[] = [];
  for (const href of hrefsOf(readDistPage(path))) {
    if (!href.startsWith('/') || href.startsWith('//')) continue;
    const [page, anchor] = href.split('#') as [string, string | undefined];
    const file = page.endsWith('/') ? join(distDir, page, 'index.html') : join(distDir, page);
    if (!existsSync(file)) {
      // Pages other engineers build (compare, search, data, about, sources) are checked by the link crawl.
      if (/^\/(documents|provinces|sectors|measures|departments)\//.test(page)) broken.push(href);
      continue;
    }
    if (anchor && page.startsWith('/documents/') && !idsOn(page).has(decodeURIComponent(anchor))) broken.push(href);
    if (anchor && page === path && !idsOn(page).has(decodeURIComponent(anchor))) broken.push(href);
  }
  expect(broken, `broken links on ${path}`).toEqual([]);
}

describe('home /', () => {
  const html = readDistPage('/');
  const matrix = html.slice(html.indexOf('<table class="matrix"'), html.indexOf('</table>', html.indexOf('<table class="matrix"')));

  test('links to every province', () => {
    for (const p of provinces) expect(html).toContain(`href="/provinces/${p.id}/"`);
  });

  test('the matrix is a table with a caption, a column header per province and a row header per sector', () => {
    expect(matrix).toMatch(/<caption[^>]*>各省列为重点的未来产业领域<\/caption>/);
    for (const p of provinces) expect(matrix).toMatch(new RegExp(`<th scope="col"[^>]*data-province="${p.id}"[^>]*>\\s*<a href="/provinces/${p.id}/"`));
    const rowHeaders = [...matrix.matchAll(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1]!));
    expect(rowHeaders).toEqual(coverageMatrix().rows.map((r) => `${r.sector.name}${r.sector.note ? '（非未来产业方向）' : ''}`));
  });

  test('a priority cell per province that lists the sector, with its text alternative', () => {
    const priorityCells = [...matrix.matchAll(/<td class="cell priority[^"]*"[^>]*data-province="([a-z]+)"[^>]*>([\s\S]*?)<\/td>/g)];
    const expected = coverageMatrix().rows.reduce((n, r) => n + r.sector.priorityOf.length, 0);
    expect(priorityCells).toHaveLength(expected);
    for (const m of priorityCells) expect(text(m[2]!)).toContain('列为重点领域');
    expect(priorityCells.some((m) => m[1] === 'chongqing')).toBe(false);
    // Jiangxi's 解读 lists no future-industry field: 稀土 and 生物医药 (line 39) are 赣州's specialties.
    expect(priorityCells.filter((m) => m[1] === 'jiangxi')).toHaveLength(0);
  });

  test('the Chongqing and Jiangxi columns are hatched and explained with their source lines, not left blank', () => {
    expect(matrix).toMatch(/<td class="cell none silent"[^>]*data-province="chongqing"/);
    expect(text(html)).toContain('《通知》明确了四个方面的基本条件');
    expect(html).toContain('href="/sources/provinces-pilot-zone-roundup-2024/#L23"');
    expect(matrix).toMatch(/<td class="cell [a-z]+ silent"[^>]*data-province="jiangxi"/);
    expect(text(html)).toContain('支持发展未来产业新赛道，争取未来产业相关科技专项在我省试点');
    expect(html).toContain('href="/sources/jiangxi-six-actions-interpretation-2024/#L43"');
    expect(matrix).not.toContain('非未来产业方向');
  });

  test('headline targets link to their clause: Hubei 1000亿元 未来产业总体规模', () => {
    expect(html).toMatch(/1000亿元<\/strong>\s*<a class="subject" href="\/documents\/pilot-zones-roundup-2024\/#hubei-p2"[^>]*>未来产业总体规模<\/a>/);
  });

  test('the newest document is the roundup of 2024-10-18', () => {
    const newest = html.slice(html.indexOf('<h2 id="newest"'));
    expect(words(newest)).toMatch(/^最新收录的全文 新闻综述 多地发布政策，支持建设未来产业先导区 2024-10-18/);
    expect(newest).not.toContain('仅见引用</span>');
  });

  test('links resolve', () => expectLinksResolve('/'));
});

describe('province pages', () => {
  test('/provinces/ lists the seven', () => {
    const html = readDistPage('/provinces/');
    for (const p of provinces) expect(text(html)).toContain(p.name);
  });

  test('/provinces/jiangsu/: documents with kind and date, the 10+X quote, targets by category, departments with counts', () => {
    const html = readDistPage('/provinces/jiangsu/');
    const page = words(html);
    expect(html).toContain('href="/documents/jiangsu-3yr-plan/"');
    expect(page).toContain('政策文件 江苏省加快培育发展未来产业三年行动方案（2024-2026年） 2024-02-27');
    expect(page).toContain('仅见引用 省政府关于加快培育发展未来产业的指导意见');
    expect(page).toContain('“10+X”未来产业体系');
    expect(page).toMatch(/前沿技术攻关 \d+项/);
    // 5个100 plan line 41: the standards count with the action that says what it counts.
    expect(page).toMatch(/力争 主导或参与制修订 10项左右 国际标准/);
    expect(html).toMatch(/<a href="\/departments\/jiangsu\/science-technology\/"[^>]*>省科技厅<\/a><\/th>\s*<td[^>]*>6<\/td>/);
    expectLinksResolve('/provinces/jiangsu/');
  });

  test('every province page exists and links resolve', () => {
    for (const p of provinces) expectLinksResolve(`/provinces/${p.id}/`);
  });
});

describe('sector pages', () => {
  test('/sectors/quantum/: provinces that list it, and clause cards with the real text linking to the clause anchor', () => {
    const html = readDistPage('/sectors/quantum/');
    expect(text(html)).toContain('江苏、安徽、广东、甘肃把它列为重点领域');
    const cards = cardsOf(html);
    const ids = sectorsFile.sectors.find((s) => s.id === 'quantum')!.clausesByProvince;
    expect([...cards.keys()].sort()).toEqual(Object.values(ids).flat().sort());
    const card = cards.get('jiangsu-5x100-plan/s1-g1')!;
    // The title shows the heading 突破100项前沿技术; the excerpt goes on after it, around the marked 量子科技.
    expect(words(card)).toContain('突破100项前沿技术 在第三代半导体、通用人工智能、');
    expect(card).toMatch(/<strong class="term"[^>]*>量子科技<\/strong>/);
    expect(card).toContain('href="/documents/jiangsu-5x100-plan/#s1-g1"');
  });

  test('/sectors/ shows the two levels', () => {
    const html = readDistPage('/sectors/');
    for (const d of ['未来制造', '未来信息', '未来材料', '未来能源', '未来空间', '未来健康']) expect(html).toMatch(new RegExp(`<h2[^>]*><a href="/sectors/[a-z-]+/"[^>]*>${d}</a>`));
    expect(html).toContain('href="/sectors/humanoid-robots/"');
  });

  test('every sector page exists and its links resolve', () => {
    for (const s of sectorsFile.sectors) expectLinksResolve(`/sectors/${s.id}/`);
  });
});

describe('measure pages', () => {
  test('/measures/pilot-zone/: a column per province, with its clauses and targets; Jiangxi named as not using it', () => {
    const html = readDistPage('/measures/pilot-zone/');
    const columns = [...html.matchAll(/<section class="column"[^>]*data-province="([a-z]+)"[^>]*>([\s\S]*?)<\/section>/g)];
    expect(columns.map((m) => m[1])).toEqual(['jiangsu', 'anhui', 'guangdong', 'hubei', 'chongqing', 'gansu']);
    const chongqing = columns.find((m) => m[1] === 'chongqing')![2]!;
    expect(text(chongqing)).toContain('打造8-10个特色鲜明的市级未来产业先导区');
    expect(words(chongqing)).toMatch(/8-10个 特色鲜明的市级未来产业先导区/);
    expect(text(html)).toContain('6个省市的');
    expect(text(html)).toContain('使用这一工具；江西只收录了政策解读，其中未见。');
  });

  test('/measures/: a row per measure with a count per province', () => {
    const html = readDistPage('/measures/');
    const rows = [...html.matchAll(/<tr[^>]*>\s*<th scope="row"[^>]*><a href="\/measures\/([a-z-]+)\/"/g)].map((m) => m[1]);
    expect(rows.sort()).toEqual(measures.map((m) => m.id).sort());
  });

  test('every measure page exists and its links resolve', () => {
    for (const m of measures) expectLinksResolve(`/measures/${m.id}/`);
  });
});

describe('department pages', () => {
  test('/departments/jiangsu/science-technology/: counts by role, and clause cards with the lead chip', () => {
    const html = readDistPage('/departments/jiangsu/science-technology/');
    expect(words(html)).toMatch(/6 牵头 15 配合 0 承接 17 推定/);
    const c3 = cardsOf(html).get('jiangsu-3yr-plan/c3')!;
    expect(text(c3)).toContain('鼓励高校、科研院所联合企业建设20个概念验证中心');
    expect(c3).toMatch(/<a class="chip dept lead" href="\/departments\/jiangsu\/science-technology\/"[^>]*>省科技厅<span class="role"[^>]*>牵头<\/span>/);
    expect(c3).toMatch(/<a class="chip dept co" href="\/departments\/jiangsu\/intellectual-property\/"[^>]*>省知识产权局<span class="role"[^>]*>配合<\/span>/);
    expect(c3).toMatch(/<span class="chip dept inherited"|<a class="chip dept inherited"/);
    // Partners are counted over the notes that list both, not over the 5个100 plan's inferred issuers.
    expect(html).toMatch(/<h2 id="partners"[^>]*>常在同一责任括注中列出的部门<\/h2>/);
    expect(html).toMatch(/<a class="chip" href="\/departments\/jiangsu\/development-reform\/"[^>]*>省发展改革委<span class="role"[^>]*>共17条<\/span>/);
  });

  test('/departments/ lists every department under its province', () => {
    const html = readDistPage('/departments/');
    for (const d of departments) expect(html).toContain(`href="/departments/${d.id}/"`);
  });

  test('every department page exists and its links resolve', () => {
    for (const d of departments) expectLinksResolve(`/departments/${d.id}/`);
  });
});

test('a clause card links to an anchor the reader page really has', () => {
  const clause = clauseById.get('pilot-zones-roundup-2024/chongqing-p2')!;
  expect(idsOn('/documents/pilot-zones-roundup-2024/').has(anchorOf(clause.id))).toBe(true);
  expect(readDistPage('/measures/pilot-zone/')).toContain('href="/documents/pilot-zones-roundup-2024/#chongqing-p2"');
});

describe('excerpt cards and the subpages of long lists', () => {
  /** The section of a page that starts at the element with this id, up to its closing </section>. */
  const sectionOf = (html: string, id: string) => {
    const at = html.indexOf(`id="${id}"`);
    return html.slice(at, html.indexOf('</section>', at));
  };
  /** Text of an HTML fragment as the reader gets it (tags removed, entities decoded). */
  const decode = (fragment: string) =>
    fragment.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);
  /** The main content of a page. */
  const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  /** The title a clause card shows, keyed by clause id. */
  const cardTitlesOf = (html: string) =>
    new Map([...cardsOf(html)].map(([id, card]) => [id, decode(/<h[234] class="card-title"[^>]*>[\s\S]*?<a href="[^"]+"[^>]*>([\s\S]*?)<\/a>/.exec(card)![1]!)]));
  interface IndexRow { id: string; href: string; title: string; lead: string | undefined }
  /** A subpage's compact index: its document headings, each with the rows under it, in page order. */
  const indexOf = (html: string) =>
    [...html.matchAll(/<h2 class="index-doc"[^>]*><a href="([^"]+)"[^>]*>([\s\S]*?)<\/a><\/h2>\s*<ol class="clause-index"[^>]*>([\s\S]*?)<\/ol>/g)].map((m) => ({
      href: m[1]!,
      title: decode(m[2]!),
      rows: [...m[3]!.matchAll(/<li data-clause="([^"]+)"[^>]*>\s*<a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>\s*(?:<span class="lead"[^>]*>([\s\S]*?)<\/span>)?\s*(?:<span class="lead correction"[^>]*>[\s\S]*?<\/span>)?\s*<\/li>/g)].map(
        (r): IndexRow => ({ id: r[1]!, href: decode(r[2]!), title: decode(r[3]!), lead: r[4] === undefined ? undefined : decode(r[4]) }),
      ),
    }));
  /** The rows of a subpage's index, in order. */
  const rowsOf = (html: string) => indexOf(html).flatMap((run) => run.rows);
  const subpages = [
    ...sectorProvinceLists().map((l) => ({ path: `/sectors/${l.sector.id}/${l.province.id}/`, parent: `/sectors/${l.sector.id}/`, clauses: l.clauses })),
    ...measureProvinceLists().map((l) => ({ path: `/measures/${l.measure.id}/${l.province.id}/`, parent: `/measures/${l.measure.id}/`, clauses: l.clauses })),
    ...departmentRoleLists().map((l) => ({ path: `/departments/${l.department.id}/${l.role}/`, parent: `/departments/${l.department.id}/`, clauses: l.clauses })),
  ];
  const parentPages = [
    ...sectorsFile.sectors.map((x) => `/sectors/${x.id}/`),
    ...measures.map((x) => `/measures/${x.id}/`),
    ...departments.map((x) => `/departments/${x.id}/`),
  ];
  /** Every built page of a subpage list: its first page, then <path>2/, <path>3/ … as long as they exist. */
  const pagesOf = (path: string) => {
    const pages = [path];
    while (existsSync(join(distDir, `${path}${pages.length + 1}`, 'index.html'))) pages.push(`${path}${pages.length + 1}/`);
    return pages;
  };

  test('the real corpus has long lists: subpages for 通用智能 and 应用场景 in Jiangsu and 省科技厅\'s inferred clauses', () => {
    expect(subpages.map((x) => x.path)).toEqual(expect.arrayContaining([
      '/sectors/general-ai/jiangsu/', '/measures/application-scenario/jiangsu/', '/departments/jiangsu/science-technology/inferred/',
    ]));
  });

  test('every card on every sector, measure and department page shows a cut of its clause\'s text, never altered, about 90 characters', () => {
    let cards = 0;
    for (const path of parentPages) {
      for (const [id, card] of cardsOf(readDistPage(path))) {
        const body = bodyOf(card);
        expect(clauseById.get(id)!.text, `${path} ${id}`).toContain(body);
        expect(body.length, `${path} ${id}`).toBeLessThanOrEqual(114);
        cards++;
      }
    }
    expect(cards).toBeGreaterThan(500);
  });

  test('/sectors/general-ai/: 12 of Jiangsu\'s 15 clauses, and 另有3条 linking to all of them', () => {
    const jiangsu = sectionOf(readDistPage('/sectors/general-ai/'), 'p-jiangsu');
    expect(cardsOf(jiangsu).size).toBe(12);
    expect(words(jiangsu)).toContain('另有3条：查看江苏全部15条');
    expect(jiangsu).toContain('href="/sectors/general-ai/jiangsu/"');
    // Guangdong has 8: all shown, no link.
    const guangdong = sectionOf(readDistPage('/sectors/general-ai/'), 'p-guangdong');
    expect(cardsOf(guangdong).size).toBe(8);
    expect(guangdong).not.toContain('另有');
  });

  test('/sectors/general-ai/jiangsu/: all 15 clauses as a compact index under their documents, a breadcrumb back, one page so no page navigation', () => {
    const html = readDistPage('/sectors/general-ai/jiangsu/');
    const main = mainOf(html);
    expect(html).toMatch(/<h1[^>]*>通用智能 · 江苏省<\/h1>/);
    expect(words(main)).toContain('江苏省提及“通用智能”的条款共15条。每条列出标题和开头文字，点标题阅读全文。');
    expect(rowsOf(html).map((r) => r.id)).toEqual(sectorsFile.sectors.find((x) => x.id === 'general-ai')!.clausesByProvince.jiangsu);
    expect(indexOf(html).map((run) => run.title)).toEqual([
      '江苏省加快培育发展未来产业三年行动方案（2024-2026年）',
      '加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年）',
      '《加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年）》政策解读',
      '多地发布政策，支持建设未来产业先导区',
    ]);
    const c4 = rowsOf(html).find((r) => r.id === 'jiangsu-5x100-plan/c4')!;
    expect(c4).toEqual({ id: 'jiangsu-5x100-plan/c4', href: '/documents/jiangsu-5x100-plan/#c4', title: '4.加强重点领域标准研制', lead: expect.stringMatching(/^加强与国家信标委量子信息标准工作组等合作，.*…$/) });
    expect(html).toMatch(/<a href="\/sectors\/general-ai\/"[^>]*>通用智能<\/a> › 江苏省/);
    // An index, not cards: no excerpt windows, highlighting or target lists.
    expect(cardsOf(html).size).toBe(0);
    expect(main).not.toMatch(/<(mark|strong)\b/);
    expect(html).not.toContain('class="pager"');
    expect(main).toContain('href="/sectors/general-ai/#p-jiangsu"');
  });

  test('/measures/application-scenario/: the Jiangsu column shows 12 of 13, still side by side with the other provinces', () => {
    const html = readDistPage('/measures/application-scenario/');
    const columns = [...html.matchAll(/<section class="column"[^>]*data-province="([a-z]+)"[^>]*>([\s\S]*?)<\/section>/g)];
    expect(columns.length).toBeGreaterThan(1);
    const jiangsu = columns.find((m) => m[1] === 'jiangsu')![2]!;
    expect(cardsOf(jiangsu).size).toBe(12);
    expect(words(jiangsu)).toContain('13条');
    expect(words(jiangsu)).toContain('另有1条：查看江苏全部13条');
    expect(rowsOf(readDistPage('/measures/application-scenario/jiangsu/'))).toHaveLength(13);
  });

  test('/departments/jiangsu/science-technology/: 12 of 17 inferred clauses with the link to all; cards keep chips, the index leaves them to the reader', () => {
    const html = readDistPage('/departments/jiangsu/science-technology/');
    // Up to the next list (the clauses that mention it).
    const inferred = html.slice(html.indexOf('id="inferred"'), html.indexOf('id="mentioned"'));
    expect(cardsOf(inferred).size).toBe(12);
    expect(words(inferred)).toContain('展开前12条推定的条款');
    expect(inferred).toContain('href="/departments/jiangsu/science-technology/inferred/"');
    // The chip names it as Jiangsu's texts do (省科技厅), not as the manifest spells the issuer (江苏省科技厅), which the plan never prints.
    for (const card of cardsOf(inferred).values()) expect(card).toMatch(/<a class="chip dept inferred" href="\/departments\/jiangsu\/science-technology\/"[^>]*>省科技厅<span/);
    const sub = readDistPage('/departments/jiangsu/science-technology/inferred/');
    expect(rowsOf(sub).map((r) => r.id)).toEqual(departments.find((d) => d.id === 'jiangsu/science-technology')!.clauses.inferred);
    expect(rowsOf(sub)).toHaveLength(17);
    expect(mainOf(sub)).not.toContain('class="chip');
    expect(words(mainOf(sub))).toContain('共17条。每条列出标题和开头文字，点标题阅读全文。');
    expect(sub).toMatch(/<a href="\/departments\/jiangsu\/science-technology\/"[^>]*>江苏省科学技术厅<\/a> › 推定/);
  });

  test('every subpage lists all its clauses in order (200 a page) under their documents\' titles, is linked from its parent page, and its links resolve', () => {
    for (const sub of subpages) {
      expect(readDistPage(sub.parent), sub.parent).toContain(`href="${sub.path}"`);
      const pages = pagesOf(sub.path);
      expect(pages, sub.path).toHaveLength(Math.ceil(sub.clauses.length / 200));
      const perPage = pages.map((path) => {
        const html = readDistPage(path);
        const runs = indexOf(html);
        const rows = runs.flatMap((run) => run.rows);
        // The parsed rows are all the rows there are.
        expect(html.match(/ data-clause="/g)?.length, path).toBe(rows.length);
        // Consecutive clauses of one document share one heading: neighbouring runs are of different documents.
        for (let i = 1; i < runs.length; i++) expect(runs[i]!.href, path).not.toBe(runs[i - 1]!.href);
        for (const run of runs) {
          for (const row of run.rows) {
            const clause = clauseById.get(row.id)!;
            expect(run.href, row.id).toBe(`/documents/${clause.documentId}/`);
            expect(run.title, row.id).toBe(documentById.get(clause.documentId)!.title);
          }
        }
        // The page has one h1 and its groups are h2: no level skipped.
        expect([...mainOf(html).matchAll(/<h([1-6])\b/g)].map((m) => m[1]).join(''), path).toMatch(/^12+$/);
        expect(html.includes('class="pager"'), path).toBe(pages.length > 1);
        expectLinksResolve(path);
        return rows;
      });
      for (const rows of perPage.slice(0, -1)) expect(rows).toHaveLength(200);
      const rows = perPage.flat();
      expect(rows.map((r) => r.id), sub.path).toEqual(sub.clauses.map((c) => c.id));
      for (const row of rows) {
        const clause = clauseById.get(row.id)!;
        // The title links to the clause's anchor, which the reader page has.
        expect(row.href, row.id).toBe(`/documents/${clause.documentId}/#${anchorOf(clause.id)}`);
        expect(idsOn(`/documents/${clause.documentId}/`).has(anchorOf(clause.id)), row.id).toBe(true);
        expect(row.title.endsWith(clause.heading || `原文${sourceLines(clause.source)}`), `${row.id}: ${row.title}`).toBe(true);
        // The opening words: verbatim from right after the heading, at most 60 characters, … when the text goes on.
        const after = clause.text.slice(headingEnd(clause));
        const lead = row.lead!.replace(/…$/, '');
        expect(lead.length, row.id).toBeGreaterThan(0);
        expect([...lead].length, row.id).toBeLessThanOrEqual(60);
        expect(after.startsWith(lead), row.id).toBe(true);
        expect(row.lead!.endsWith('…'), row.id).toBe(after.length > lead.length);
      }
    }
  });

  test('an index row is titled exactly as the clause\'s card on the parent page', () => {
    let compared = 0;
    for (const sub of subpages) {
      const cards = cardTitlesOf(readDistPage(sub.parent));
      for (const row of pagesOf(sub.path).flatMap((path) => rowsOf(readDistPage(path)))) {
        if (!cards.has(row.id)) continue;
        expect(row.title, row.id).toBe(cards.get(row.id));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(80);
  });
});
