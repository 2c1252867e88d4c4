// What the built pages say about departments, documents and the home counts, checked against what the data
// and the source texts support: a sentence a reader can check must not claim more than the texts say.
import { describe, expect, test } from 'vitest';
import { readDistFile, readDistPage } from './dist.ts';
import { clauses, departmentById, departments } from '../../src/lib/atlas.ts';

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

/** The meta description of a built page. */
const descriptionOf = (html: string) => /<meta name="description" content="([^"]*)"/u.exec(html)![1]!;

describe('a department page with no clauses and no documents does not deny what its note says', () => {
  // 省委: with 省政府 the maker of the 指导意见 (解读 lines 17, 19). The site registers no document as its own, and
  // must not say there is none.
  for (const id of ['jiangsu/provincial-party-committee']) {
    test(id, () => {
      const html = readDistPage(`/departments/${id}/`);
      const text = textOf(html);
      expect(text).toContain(`${departmentById.get(id)!.note!}`);
      expect(text).not.toContain('也没有它发文或解读的文件');
      // 省委 is named in the text of three paragraphs (省委、省政府高度重视…): they are listed below, as mentions.
      const mentions = departmentById.get(id)!.mentions.length;
      expect(mentions).toBe(3);
      expect(text).toContain('这个机关不在收录文本的任何责任括注中，没有条款挂在它名下；正文中写到它做的事，本站不计为分工；正文提到它的条款有3条，列在下方“正文提及的条款”。本站也没有登记由它发文、解读或发布的文件；它在收录文本中出现的情形见上方说明。');
      expect(descriptionOf(html)).not.toContain('牵头、配合和承接的条款');
      expect(descriptionOf(html)).toContain('不在任何条款的责任括注中');
    });
  }

  test('江西省人大常委会 is the issuer of the 决定 the Jiangxi 解读 cites by a title that names it (line 25)', () => {
    expect(departmentById.get('jiangxi/standing-committee')!.documents).toEqual(['jiangxi-sci-tech-innovation-decision']);
    const text = textOf(readDistPage('/departments/jiangxi/standing-committee/'));
    expect(text).toContain('本站不计为分工。它是下列1份文件的发文、解读或发布机关。');
    expect(text).toContain('发文、解读或发布的文件 仅见引用 省人大常委会关于全面提升科技创新驱动力的决定');
  });

  test('without a note (广东省人民政府, named only as 广东省政府官网) the page says only that the text mentions it', () => {
    const text = textOf(readDistPage('/departments/guangdong/provincial-government/'));
    expect(departmentById.get('guangdong/provincial-government')!.note).toBeFalsy();
    expect(text).toContain('正文提到它的条款有1条，列在下方“正文提及的条款”。本站也没有登记由它发文、解读或发布的文件。');
    expect(text).not.toContain('上方说明');
  });

  test('a department with clauses is described by the roles it holds, counted from its clauses', () => {
    const count = (id: string, role: string) => clauses.filter((c) => c.departments.some((d) => d.id === id && d.role === role)).length;
    const science = 'jiangsu/science-technology';
    expect(descriptionOf(readDistPage('/departments/jiangsu/science-technology/'))).toBe(
      `江苏省科学技术厅在未来产业政策中的条款：牵头${count(science, 'lead')}条、配合${count(science, 'co')}条、推定${count(science, 'inferred')}条、正文提及${departmentById.get(science)!.mentions.length}条。`,
    );
    // The city tier leads nothing: its description says only what it has (配合 on clause 1, 承接 after).
    const city = 'jiangsu/city-departments';
    expect(descriptionOf(readDistPage('/departments/jiangsu/city-departments/'))).toBe(`各设区市相应职能部门在未来产业政策中的条款：配合${count(city, 'co')}条、承接${count(city, 'inherited')}条。`);
  });
});

describe('a province page does not say the text assigns no tasks where it only has no responsibility notes', () => {
  // The roundup says what 各区县经信部门 and 市经济信息委 do (lines 24–25) but prints no responsibility note, so
  // chongqing-p4/p5 carry no departments. The page says that, not that the text gives them nothing to do.
  const text = textOf(readDistPage('/provinces/chongqing/'));

  test('/provinces/chongqing/', () => {
    expect(text).not.toContain('文本未给它们分派具体条款');
    expect(text).not.toContain('没有分派条款');
    expect(text).toContain(
      '本站按条款的责任括注（如“……按职责分工负责”）标注分工。下列机关不在任何责任括注中，没有条款挂在它们名下；正文中写到它们做的事，本站不计为分工，这些条款（如有）列在各机关页面的“正文提及”下。 ' +
        '作为发文、解读或发布机关出现的： 重庆市经济和信息化委员会 在正文中被提到、本站没有登记其发文、解读或发布的： 各区县经信部门',
    );
  });

  test('every province page with such bodies says the same, and none says 分派', () => {
    for (const id of ['jiangsu', 'anhui', 'guangdong', 'hubei', 'chongqing', 'gansu', 'jiangxi']) {
      const page = textOf(readDistPage(`/provinces/${id}/`));
      expect(page, id).not.toContain('分派');
      const without = departments.filter((d) => d.province === id && Object.values(d.counts).every((n) => n === 0));
      if (without.length > 0) expect(page, id).toContain('下列机关不在任何责任括注中，没有条款挂在它们名下');
    }
  });
});

describe('a document is said to carry department tags only when its clauses do', () => {
  // The 5个100 解读, the Jiangxi 解读 and the roundup print no responsibility note: none of their clauses has a department.
  const untagged = ['jiangsu-5x100-interpretation', 'jiangxi-six-actions-interpretation', 'pilot-zones-roundup-2024'];

  test('their meta descriptions name the tags they have, and not 责任部门', () => {
    for (const id of untagged) {
      const description = descriptionOf(readDistPage(`/documents/${id}/`));
      expect(description, id).not.toContain('责任部门');
      expect(description, id).toMatch(/全文\d+条，逐条标注领域、政策工具和量化目标。$/u);
    }
  });

  test('the three-year plan, whose notes name its departments, says so; the 5个100 plan says its departments are inferred', () => {
    expect(descriptionOf(readDistPage('/documents/jiangsu-3yr-plan/'))).toContain('全文28条，逐条标注责任部门、领域、政策工具和量化目标。');
    const plan = descriptionOf(readDistPage('/documents/jiangsu-5x100-plan/'));
    expect(plan).not.toContain('逐条标注责任部门');
    expect(plan).toMatch(/责任部门是推定的。$/u);
  });

  test('the feed describes them the same way', () => {
    const feed = readDistFile('/feed.xml');
    const item = (id: string) => /<item>[\s\S]*?<\/item>/gu.exec(feed.slice(feed.lastIndexOf('<item>', feed.indexOf(`/documents/${id}/`))))![0];
    for (const id of untagged) expect(item(id), id).not.toContain('责任部门');
    expect(item('jiangsu-3yr-plan')).toContain('逐条标注责任部门');
  });

  test('the home page does not say every clause is tagged with its department', () => {
    const text = textOf(readDistPage('/'));
    expect(text).not.toContain('标注每条的责任部门');
    expect(text).toContain('拆成逐条可引用的条款，标注条款涉及的责任部门、重点领域、政策工具和量化目标');
  });
});

test('the home page counts the bodies it lists and, apart, those with clause duties', () => {
  const withClauses = departments.filter((d) => Object.values(d.counts).some((n) => n > 0)).length;
  expect(withClauses).toBeLessThan(departments.length);
  const text = textOf(readDistPage('/'));
  expect(text).toContain(`${departments.length} 个部门和机关 其中${withClauses}个有条款分工`);
  expect(text).not.toMatch(/\d+ ?个部门(?!和机关)/u);
});

describe('a department page lists the clauses whose text names it, apart from its duties', () => {
  const html = readDistPage('/departments/chongqing/economy-it/');
  const mentioning = clauses.filter((c) => c.mentions.some((m) => m.id === 'chongqing/economy-it'));

  test('重庆市经济信息委, in no responsibility note, has the three roundup paragraphs that say what it does', () => {
    expect(mentioning.map((c) => c.id)).toEqual(['pilot-zones-roundup-2024/chongqing-p1', 'pilot-zones-roundup-2024/chongqing-p4', 'pilot-zones-roundup-2024/chongqing-p5']);
    const section = html.slice(html.indexOf('id="mentioned"'));
    const cards = [...section.matchAll(/<article class="clause-card[^"]*" data-clause="([^"]+)"/gu)].map((m) => m[1]);
    expect(cards).toEqual(mentioning.map((c) => c.id));
    expect(textOf(section)).toContain('正文提及的条款 3条');
    // Its counts say 0 for every role and 3 for the mentions; the note says these are no duty.
    expect(textOf(html)).toMatch(/0 牵头 0 配合 0 承接 0 推定 3 正文提及/u);
    expect(textOf(html)).toContain('这是原文的叙述，不是责任括注列出的分工');
  });

  test('a department whose text names it nowhere has no such list', () => {
    expect(departmentById.get('jiangsu/transport')!.mentions).toEqual([]);
    expect(readDistPage('/departments/jiangsu/transport/')).not.toContain('id="mentioned"');
  });
});
