// What every built page shares with a reader who reads Chinese, on a phone or with a keyboard: wide
// tables that can be scrolled by keyboard, no English prose, and the document facts before the text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, readDistPage } from './dist.ts';
import { documents } from '../../src/lib/atlas.ts';

const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : path.endsWith('.html') ? [path] : [];
  });
const built = pages(distDir).map((file) => ({ file, html: readFileSync(file, 'utf8') }));

test('every page’s header or footer reaches every section of the site, and the header marks the one a page is in', () => {
  const linksIn = (html: string, element: RegExp) => [...(html.match(element)?.[0] ?? '').matchAll(/<a href="([^"]+)"( aria-current="page")?/gu)];
  const navLinks = (html: string) => linksIn(html, /<nav class="site-nav"[\s\S]*?<\/nav>/u);
  const footerLinks = (html: string) => linksIn(html, /<footer class="site-footer"[\s\S]*?<\/footer>/u);
  // A section is a top-level folder of the built site with its own index page (/departments/, /sources/ …).
  const sections = readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(distDir, entry.name, 'index.html')))
    .map((entry) => `/${entry.name}/`);
  expect(sections).toContain('/departments/');
  for (const { file, html } of built) {
    expect([...navLinks(html), ...footerLinks(html)].map(([, href]) => href), file).toEqual(expect.arrayContaining(sections));
    // The header marks the section the page is in, and only that one; a page outside every section marks none.
    const path = `/${file.slice(distDir.length + 1).replace(/index\.html$/u, '').replace(/\.html$/u, '')}`;
    const section = path === '/' ? '/' : sections.find((s) => path.startsWith(s));
    const marked = navLinks(html).filter(([, , current]) => current).map(([, href]) => href);
    expect(marked, file).toEqual(section && navLinks(html).some(([, href]) => href === section) ? [section] : []);
  }
  expect(built.length).toBeGreaterThan(150);
});

test('every wide-table box can take keyboard focus and is named, so a keyboard user can scroll it', () => {
  let boxes = 0;
  for (const { file, html } of built) {
    for (const [tag] of html.matchAll(/<div class="table-scroll[^"]*"[^>]*>/gu)) {
      boxes += 1;
      expect(tag, file).toContain('tabindex="0"');
      expect(tag, file).toContain('role="region"');
      expect(tag, file).toMatch(/aria-label="[^"]+"/u);
    }
  }
  // The home matrix, the compare table, the measures table, every source view, the data page…
  expect(boxes).toBeGreaterThan(20);
});

test('no page shows English prose: the registry and sector notes readers see are in Chinese', () => {
  for (const { file, html } of built) {
    // Code, file names in <code>, scripts and styles may be English; what a reader reads may not.
    const text = html.replace(/<(script|style|code|pre|head)\b[\s\S]*?<\/\1>/gu, ' ').replace(/<[^>]+>/gu, ' ').replace(/&[a-z#0-9]+;/gu, ' ');
    expect(text.match(/\b[A-Za-z]{2,}[,;]? [A-Za-z]{2,}[,;]? [A-Za-z]{2,}\b/gu), file).toBeNull();
  }
  // The note that once read “Author of 《省政府关于…》 (three-year plan line 18).”
  expect(readDistPage('/departments/jiangsu/provincial-government/')).toContain('《省政府关于加快培育发展未来产业的指导意见》的制定者（三年行动方案第18行）。');
});

describe('a document page', () => {
  const html = readDistPage('/documents/jiangsu-3yr-plan/');

  test('names who issued it, its number and its date under the title, with a link to the sidebar for a phone', () => {
    expect(html).toMatch(/<p class="doc-facts muted"[^>]*>江苏省发展改革委等 · 苏发改高技发〔2024〕229号 · 2024-02-27<a class="to-info" href="#doc-info"[^>]*>文件信息<\/a><\/p>/u);
    expect(html).toMatch(/<aside class="side" id="doc-info"/u);
  });

  test('names a clause’s source lines in words and the file in the tooltip', () => {
    expect(html).toContain('<a href="/sources/jiangsu-future-industries-three-year-plan-2024/#L20" title="jiangsu-future-industries-three-year-plan-2024.txt">原文第20行</a>');
  });
});

test('a 解读 names whom to ask, as its page prints them (Jiangxi source lines 55–59): office, person, telephone', () => {
  const html = readDistPage('/documents/jiangxi-six-actions-interpretation/');
  const side = html.slice(html.indexOf('<aside class="side" id="doc-info"'));
  const text = side.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
  expect(text).toContain('咨询处室 发展计划处 联系人 颜翔 联系电话 0791-86266641');
  // Its issuer is its interpreter: named once, as 解读机关.
  expect(text).toContain('解读机关 江西省科技厅');
  expect(text).not.toContain('发文机关 江西省科技厅');
  // Everything else its header prints (lines 5–8), and the date as its copy's: 生成日期 on 安义县人民政府's page.
  expect(text).toContain('主题分类 综合政务');
  expect(text).toContain('公开范围 面向全社会 公开方式 主动公开');
  expect(text).toContain('刊载日期 2024-06-25');
  expect(html).toMatch(/<p class="doc-facts muted"[^>]*>江西省科技厅 · 安义县人民政府2024-06-25刊载<a class="to-info"/u);
});

test('every metadata field a source prints is shown in its document’s 文件信息, by value', () => {
  for (const document of documents.filter((d) => d.kind !== 'referenced')) {
    const html = readDistPage(`/documents/${document.id}/`);
    // The page shows the site's normalised text (（2024-2026年）for the header's (2024-2026年)).
    const side = html.slice(html.indexOf('<aside class="side" id="doc-info"')).replace(/<[^>]+>/gu, ' ').normalize('NFKC');
    for (const [field, value] of Object.entries(document.metadata)) expect(side, `${document.id} ${field}`).toContain(value.normalize('NFKC'));
  }
});

test('issuers a text does not print are marked 〔推定〕 wherever they are named, not only in a citation', () => {
  const plan = readDistPage('/documents/jiangsu-5x100-plan/');
  expect(plan).toMatch(/<p class="doc-facts muted"[^>]*>江苏省科技厅、江苏省发改委〔推定〕<a class="to-info"/u);
  expect(plan.replace(/<[^>]+>/gu, ' ')).toMatch(/发文机关\s+江苏省科技厅、江苏省发改委〔推定〕/u);
  const home = readDistPage('/').replace(/<[^>]+>/gu, '');
  expect(home).toContain('日期未知 · 江苏省科技厅、江苏省发改委〔推定〕');
  expect(readDistPage('/documents/').replace(/<[^>]+>/gu, '')).toContain('江苏科技〔推定〕');
  // A printed issuer is not marked.
  expect(readDistPage('/documents/jiangsu-3yr-plan/')).not.toContain('〔推定〕');
});

test('a reference-only document says which text it is known from, and how many cite or mention it', () => {
  const html = readDistPage('/documents/jiangsu-future-industries-guiding-opinions/');
  expect(html.replace(/<[^>]+>/gu, '')).toContain('引用或提及它的全部3份文本见被引用或提及。');
  expect(html).toMatch(/<h2 id="cited-by"[^>]*>被引用或提及<\/h2>/u);
});

test('every document known only by reference names the texts that cite or describe it in its sidebar', () => {
  for (const { file, html } of built) {
    if (!file.includes(`${join('documents', '')}`) || !html.includes('本站未收录此文件全文')) continue;
    expect(html, file).toMatch(/<h2[^>]*>被引用或提及<\/h2>/u);
  }
  // 安徽省发展改革委公布了2024年省级未来产业先导区拟筹建名单: described by the roundup, never cited by 《title》.
  const list = readDistPage('/documents/anhui-pilot-zone-list-2024/');
  expect(list.slice(list.indexOf('被引用或提及'))).toContain('href="/documents/pilot-zones-roundup-2024/"');
});

test('the search page has one search box, every other page the header’s too; every page names its icon', () => {
  for (const { file, html } of built) {
    expect(html, file).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    const isSearch = file === join(distDir, 'search', 'index.html');
    if (file.endsWith('.html') && html.includes('<header class="site-header"')) expect(html.includes('id="header-q"'), file).toBe(!isSearch);
  }
  expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
});

test('a plan with a known start shows its whole period; 5个100 runs 2024–2026', () => {
  expect(readDistPage('/documents/jiangsu-5x100-plan/')).toMatch(/<dt[^>]*>规划期<\/dt><dd[^>]*>2024–2026年<\/dd>/u);
  // The Jiangxi interpretation explains a plan of 2023–2025.
  expect(readDistPage('/documents/jiangxi-six-actions-interpretation/')).toMatch(/<dt[^>]*>规划期<\/dt><dd[^>]*>2023–2025年<\/dd>/u);
});

test('a document with tagged clauses names its two tag colours; one without tags does not', () => {
  const legend = /<h2[^>]*>条款标签<\/h2><ul class="chips tag-legend"[^>]*><li[^>]*><span class="chip sector"[^>]*>领域<\/span><\/li><li[^>]*><span class="chip measure"[^>]*>政策工具<\/span>/u;
  expect(readDistPage('/documents/jiangsu-3yr-plan/')).toMatch(legend);
  // Known only by a citation: no clauses, so no tags.
  expect(readDistPage('/documents/jiangsu-future-industries-guiding-opinions/')).not.toContain('条款标签');
});

test('a department page with no clauses lists the documents it issued or published, or says it is only mentioned', () => {
  // 安义县人民政府 republished the Jiangxi interpretation (its page's 发布机构).
  const anyi = readDistPage('/departments/jiangxi/anyi-county-government/');
  expect(anyi).toContain('它是下列1份文件的发文、解读或发布机关。');
  expect(anyi).toContain('href="/documents/jiangxi-six-actions-interpretation/"');
  // 各区县经信部门 file applications for pilot zones (roundup line 24, in running text, not a responsibility note):
  // no duty of theirs is listed, and the page says so, pointing to its note and to the paragraph that names them.
  const districts = readDistPage('/departments/chongqing/district-county-departments/');
  expect(districts).toContain('正文中写到它做的事，本站不计为分工；正文提到它的条款有1条，列在下方“正文提及的条款”。本站也没有登记由它发文、解读或发布的文件；它在收录文本中出现的情形见上方说明。');
  expect(districts).toContain('data-clause="pilot-zones-roundup-2024/chongqing-p4"');
  expect(districts).not.toContain('下列文件中');
});

test('a title\'s bracketed period stays on one line, and the title reads as printed', () => {
  const html = readDistPage('/documents/jiangsu-3yr-plan/');
  const h1 = /<h1[^>]*>(.*?)<\/h1>/su.exec(html)![1]!;
  expect(h1).toMatch(/^江苏省加快培育发展未来产业三年行动方案<span class="nowrap"[^>]*>（2024-2026年）<\/span>$/u);
  // In a 解读's title the period sits inside 《》: only the period is kept together.
  const list = readDistPage('/documents/');
  expect(list).toMatch(/《加快科技创新引领未来产业发展“5个100”行动方案<span class="nowrap"[^>]*>（2024-2026年）<\/span>》政策解读<\/a>/u);
  // A title without a period is left as it is.
  expect(list).toMatch(/>安徽省人民代表大会常务委员会关于加快培育发展未来产业的决定<\/a>/u);
});

test('a document page\'s sidebar, which a phone shows after the whole text, ends with a link back to the top', () => {
  const html = readDistPage('/documents/jiangsu-3yr-plan/');
  const aside = html.slice(html.indexOf('<aside'), html.indexOf('</aside>'));
  expect(aside).toMatch(/<p class="to-top"[^>]*><a href="#main"[^>]*>回到页首<\/a><\/p>$/u);
  expect(html).toMatch(/<main id="main"/u);
});

test('a plan without a collected 解读 says so where a 解读 would be listed; the 5个100 plan lists its own', () => {
  const text = (path: string) => readDistPage(path).replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
  expect(text('/documents/jiangsu-3yr-plan/')).toContain('政策解读 本站没有收录这份文件的政策解读。');
  expect(text('/documents/jiangsu-5x100-plan/')).not.toContain('本站没有收录这份文件的政策解读');
  expect(text('/documents/jiangsu-5x100-plan/')).toMatch(/政策解读 《加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年）》政策解读/u);
});
