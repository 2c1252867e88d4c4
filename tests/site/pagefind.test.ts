// The Pagefind index (one record per document, cut back into clauses by the search page), and a
// measurement of Chinese segmentation disagreement.
//
// Pagefind segments Chinese with jieba when it indexes and with the browser's Intl.Segmenter when it
// searches, and matches query words as prefixes of indexed words. A query word that begins inside an
// indexed word therefore finds nothing in a short text. Measured in Chromium on 31 phrases copied
// verbatim from the clauses (the list below), counting a phrase as found when every clause holding it
// is returned:
//   one-clause records, Pagefind alone:                          28/31 — 大院大所 and 大所 (0/1: the
//          query words do not start an indexed word) and 大中小企业融通 (1 of its 4 clauses) miss;
//   document records, Pagefind alone:                            31/31 (a whole document nearly always
//          holds some word starting with each query word), and 1,500/1,500 random Han substrings;
//   document records + Han-character field + the fallback query: 31/31, and only clauses that hold the
//          phrase are returned. The field stays because the second line is luck, not a guarantee: a
//          one-paragraph notice is a one-clause document.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { documentRecords, hanCharacterField, openDataZipInputs, readOpenData, searchInputs, simplifierModule, writeSearchIndex, type ClauseEntry } from '../../scripts/pagefind.ts';
import { clauseName } from '../../src/lib/clause-list.ts';
import { documentPlaceLabel } from '../../src/lib/labels.ts';
import { toSimplified as ingestSimplified } from '../../scripts/ingest/normalise/to-simplified.ts';
import { localModules } from '../helpers/module-graph.ts';
import { loadSearchSynonyms } from '../../scripts/knowledge/load-vocab.ts';
// The search page's own code that cuts a document record back into clauses, run here on the records.
import { clausesOf } from '../../public/scripts/search.js';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { launchBrowser, siteDir } from '../browser/helpers.ts';

const dataDir = process.env.ATLAS_DATA_DIR || 'public/data';
const data = readOpenData(dataDir);
const urlOf = (clauseId: string) => `/documents/${clauseId.slice(0, clauseId.indexOf('/'))}/#${clauseId.slice(clauseId.indexOf('/') + 1)}`;

/** Phrases that stand verbatim in the clauses: sector names, instruments, and two that jieba cuts oddly. */
const PHRASES = [
  '概念验证中心', '未来产业先导区', '合成生物', '人形机器人', '标杆孵化器', '揭榜挂帅', '未来产业科创园区', '第三代半导体',
  '细胞和基因技术', '新型储能', '低空经济', '量子科技', '深海深地空天', '类人机器人', '零碳负碳', '虚拟现实', '通用智能',
  '前沿新材料', '先进核能', '未来网络', '应用场景', '中试验证', '专精特新', '天使投资', '颠覆性技术', '新质生产力',
  '大院大所', '大所', '大中小企业融通', '融通创新', '科技供给',
];
/**
 * Runs the search page's own findClauses in the page (a string script: Vite would rewrite a
 * dynamic import written in a function).
 * @returns the result URLs
 */
async function findInPage(page: Page, query: string, fallback: boolean): Promise<string[]> {
  return page.evaluate(
    `import('/scripts/search.js').then((s) => s.findClauses(${JSON.stringify(query)}, { fallback: ${fallback} })).then((f) => f.results.map((r) => r.url))`,
  );
}
/** The clauses that hold a phrase, as result URLs. */
const clausesWith = (phrase: string) => data.clauses.filter((c) => c.text.includes(phrase)).map((c) => urlOf(c.id)).sort();
/** Each document's 文件信息 entry as the index holds it (文号, issuers, dates …): its URL and text. */
const factsEntries = documentRecords(data).flatMap((r) => clausesOf(r)).filter((c) => c.facts);
/**
 * What a search for a phrase must find: the clauses, the section headings, the 文件信息 entries and the titles that hold
 * it, as result URLs: of documents with clauses, and of those the site knows only from a text that names them.
 */
const resultsWith = (phrase: string) => [
  ...clausesWith(phrase),
  ...factsEntries.filter((f) => f.text.includes(phrase)).map((f) => f.url),
  ...data.documents.filter((d) => d.title.includes(phrase) && (d.knownFrom || data.clauses.some((c) => c.documentId === d.id))).map((d) => `/documents/${d.id}/`),
  ...data.documents.flatMap((d) => (d.sections ?? []).filter((s) => `${s.marker}${s.title}`.includes(phrase)).map((s) => `/documents/${d.id}/#${s.id}`)),
].sort();

describe('document records', () => {
  const records = documentRecords(data);
  const clauseOf = (url: string) => records.flatMap((r) => clausesOf(r)).find((c) => c.url === url)!;
  const clauseResults = () => records.flatMap((r) => clausesOf(r)).filter((c) => !c.heading && !c.facts && !c.docTitle);

  test('one record per document with clauses; cut back into clauses, they give every clause text exactly', () => {
    const withClauses = new Set(data.clauses.map((c) => c.documentId));
    expect(records.map((r) => r.url).sort()).toEqual([...withClauses].map((id) => `/documents/${id}/`).sort());
    const cut = clauseResults();
    expect(cut.map((c) => c.url).sort()).toEqual(data.clauses.map((c) => urlOf(c.id)).sort());
    const textByUrl = new Map(data.clauses.map((c) => [urlOf(c.id), c.text]));
    for (const clause of cut) expect(clause.text, clause.url).toBe(textByUrl.get(clause.url));
  });

  test('every section heading is full text too: its own entry, at its anchor, in source order among the clauses', () => {
    const headings = records.flatMap((r) => clausesOf(r)).filter((c) => c.heading);
    const expected = data.documents.flatMap((d) => (d.sections ?? []).map((s) => [`/documents/${d.id}/#${s.id}`, `${s.marker}${s.title}`]));
    expect(headings.map((h) => [h.url, h.text]).sort()).toEqual(expected.sort());
    // （五）着力升级100家未来产业科创园区 carries a target; it sits between the plan's clauses of lines 108 and 112 or so.
    const plan = clausesOf(records.find((r) => r.url === '/documents/jiangsu-5x100-plan/')!);
    const at = plan.findIndex((c) => c.url.endsWith('#s2.5'));
    expect(plan[at]!.text).toBe('（五）着力升级100家未来产业科创园区');
    const line = (c: { url: string }) => data.clauses.find((k) => urlOf(k.id) === c.url)!.source.startLine;
    const section = data.documents.find((d) => d.id === 'jiangsu-5x100-plan')!.sections.find((s) => s.id === 's2.5')!;
    expect(line(plan[at - 1]!)).toBeLessThan(section.line);
    expect(line(plan[at + 1]!)).toBeGreaterThan(section.line);
    expect(plan[at]!.filters).toEqual({ 省份: ['江苏省'], 文件类型: ['政策文件'] });
  });

  test('each document\'s title comes first in its record and opens the document; then its 文号, 索引号, whom to ask, issuers and date, pointing at its 文件信息', () => {
    const titles = records.map((r) => clausesOf(r)[0]!);
    expect(titles.map((t) => [t.url, t.clause, t.docTitle])).toEqual(records.map((r) => [r.url, r.meta.title, true]));
    // The other ways a text prints its title follow it in the same entry: the notice's title finds the three-year plan.
    const plan = titles.find((t) => t.url === '/documents/jiangsu-3yr-plan/')!;
    expect(plan.text).toBe('江苏省加快培育发展未来产业三年行动方案（2024-2026年）（原文中的标题写法：省发展改革委等7部门关于印发《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》的通知；省发展改革委等七部门关于印发《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》的通知）');
    // A printed form the title already holds adds nothing.
    expect(titles.find((t) => t.url === '/documents/jiangsu-5x100-plan/')!.text).toBe('加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年）');
    const facts = records.flatMap((r) => clausesOf(r).slice(1, 2)).filter((c) => c.facts);
    // The three-year plan's header (lines 4–9) and the Jiangxi 解读's (line 5, and lines 55–59 for whom to ask); issuers,
    // publishers and dates as the 文件信息 shows them. Issuers the text does not print (issuersBasis: the 5个100 plan's, from
    // its 解读; the 解读's, from its line 10 `发布机构 江苏科技`) are there too, marked 〔推定〕 as the page marks them.
    expect(facts.map((f) => [f.url, f.text])).toEqual([
      ['/documents/jiangsu-3yr-plan/#doc-info', '文号：苏发改高技发〔2024〕229号；索引号：014001303/2024-00702；发文机关：江苏省发展改革委、江苏省工业和信息化厅、江苏省教育厅、江苏省科学技术厅、江苏省交通运输厅、江苏省文化和旅游厅、江苏省政府国有资产监督管理委员会；日期：2024年2月27日（2024-02-27）'],
      ['/documents/jiangsu-5x100-plan/#doc-info', '发文机关：江苏省科技厅、江苏省发改委〔推定〕'],
      ['/documents/jiangsu-5x100-interpretation/#doc-info', '发文机关：江苏科技〔推定〕；发布者：江苏化工网；日期：2024年3月6日（2024-03-06）'],
      ['/documents/jiangxi-six-actions-interpretation/#doc-info', '索引号：AYX--2024-0268；咨询处室：发展计划处；联系人：颜翔；联系电话：0791-86266641；解读机关：江西省科技厅；发布者：安义县人民政府；日期：2024年6月25日（2024-06-25）'],
      ['/documents/pilot-zones-roundup-2024/#doc-info', '发布者：高新院 achie.org；日期：2024年10月18日（2024-10-18）'],
    ]);
    // Only those: every other entry is a clause or a heading.
    expect(records.flatMap((r) => clausesOf(r)).filter((c) => c.facts)).toHaveLength(facts.length);
  });

  test('a document known only by the title a text names is a title entry in that text’s record, just before the naming clause, opening its own page', () => {
    const referenced = data.documents.filter((d) => d.knownFrom && !data.clauses.some((c) => c.documentId === d.id));
    expect(referenced.length).toBeGreaterThanOrEqual(15);
    for (const d of referenced) {
      const entries = clausesOf(records.find((r) => r.url === `/documents/${d.knownFrom!.documentId}/`)!);
      const at = entries.findIndex((e) => e.url === `/documents/${d.id}/`);
      expect(at, d.id).toBeGreaterThan(0);
      expect(entries[at], d.id).toMatchObject({ docTitle: true, clause: d.title, text: d.title, title: d.title, kind: '仅见引用', filters: { 省份: [documentPlaceLabel(d)], 文件类型: ['仅见引用'] } });
      // Beside the clause that names it (the 解读's own title names the plan it explains: that one follows the 解读's title).
      if (d.knownFrom!.clauseId) expect(entries.slice(at + 1).find((e) => !e.docTitle)!.url, d.id).toBe(urlOf(d.knownFrom!.clauseId));
    }
    // No record of their own: the index keeps one record per document with clauses.
    expect(records.some((r) => referenced.some((d) => r.url === `/documents/${d.id}/`))).toBe(false);
  });

  test('a 文件信息 entry names the issuers as the document page’s 文件信息 prints them: label, names and 〔推定〕', () => {
    const rowOf = (html: string, label: string) => new RegExp(`<dt[^>]*>${label}</dt><dd[^>]*>([^<]*)</dd>`, 'u').exec(html)?.[1];
    const named = records.flatMap((r) => clausesOf(r)).filter((c) => c.facts && /(发文|解读)机关：/u.test(c.text));
    expect(named.map((c) => c.url)).toEqual(['/documents/jiangsu-3yr-plan/#doc-info', '/documents/jiangsu-5x100-plan/#doc-info', '/documents/jiangsu-5x100-interpretation/#doc-info', '/documents/jiangxi-six-actions-interpretation/#doc-info']);
    for (const entry of named) {
      const html = readFileSync(join(siteDir, entry.url.replace(/#.*$/u, ''), 'index.html'), 'utf8');
      const [, label, names] = /(发文机关|解读机关)：([^；]*)/u.exec(entry.text)!;
      expect(`${label}：${rowOf(html, label!)}`, entry.url).toBe(`${label}：${names}`);
    }
    // The page gives the basis beside the mark; the entry points there.
    const plan = readFileSync(join(siteDir, 'documents/jiangsu-5x100-plan/index.html'), 'utf8');
    expect(rowOf(plan, '发文机关')).toBe('江苏省科技厅、江苏省发改委〔推定〕');
    expect(plan).toMatch(/发文机关依据：本文件为通知附件，不含发文机关；/u);
  });

  test('Jiangsu 3. 加速创新成果转化 carries its text, label and five filters', () => {
    const clause = clauseOf('/documents/jiangsu-3yr-plan/#c3');
    expect(clause.text).toContain('鼓励高校、科研院所联合企业建设20个概念验证中心');
    expect(clause.clause).toBe('3.加速创新成果转化');
    expect(clause.filters['省份']).toEqual(['江苏省']);
    expect(clause.filters['文件类型']).toEqual(['政策文件']);
    // (省科技厅牵头，省工业和信息化厅、省教育厅…按职责分工负责): only the first is the lead.
    expect(clause.filters['牵头部门']).toEqual(['江苏省科学技术厅']);
    expect(records.find((r) => r.url === '/documents/jiangsu-3yr-plan/')!.meta.title).toBe('江苏省加快培育发展未来产业三年行动方案（2024-2026年）');
  });

  test('each result clause is named as links elsewhere name it; a clause without heading by its opening words, never split', () => {
    const byUrl = new Map(data.clauses.map((c) => [urlOf(c.id), c]));
    for (const cut of clauseResults()) expect(cut.clause, cut.url).toBe(clauseName(byUrl.get(cut.url)!, 30));
    // A digest paragraph has no heading: its first 30 characters and an ellipsis, verbatim.
    expect(clauseOf('/documents/pilot-zones-roundup-2024/#p1').clause).toBe('近日，安徽省发展改革委公布了2024年省级未来产业先导区拟筹…');
  });

  test('the index is rebuilt when any module the search step runs changes: each is among its inputs', () => {
    const reached = localModules(join(process.cwd(), 'scripts/pagefind.ts'));
    const inputs = new Set(searchInputs(dataDir).map((p) => resolve(p)));
    expect(reached.size).toBeGreaterThan(3);
    // paths.ts and build/ say where files go and how a stamp is kept, not what the index holds; the
    // open-data zip, made in the same step, has a stamp of its own, over every module the zip's code runs.
    const zipModule = resolve('src/lib/open-data-zip.ts');
    const zipModules = localModules(zipModule);
    expect(zipModules).toContain(resolve('src/lib/open-data-catalogue.ts'));
    const decidesContent = (file: string) => !file.endsWith('/scripts/paths.ts') && !file.includes('/scripts/build/') && !zipModules.has(file);
    for (const file of [...reached].filter(decidesContent)) expect(inputs, file).toContain(file);
    expect(reached).toContain(zipModule);
    expect(new Set(openDataZipInputs(dataDir).map((p) => resolve(p)))).toEqual(new Set([resolve(dataDir), ...zipModules, resolve('package-lock.json')]));
  });

  test('each province, sector and measure page with clauses searches within them by a filter value the index holds', () => {
    const indexed = new Map<string, Set<string>>();
    for (const record of records) for (const [name, values] of Object.entries(record.filters)) for (const v of values) indexed.set(name, (indexed.get(name) ?? new Set()).add(v));
    const scoped = (path: string) => [...readFileSync(join(siteDir, path, 'index.html'), 'utf8').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]+)"/gu)].map((m) => [m[1]!, m[2]!]);
    let checked = 0;
    for (const section of ['provinces', 'sectors', 'measures']) {
      for (const entry of readdirSync(join(siteDir, section), { withFileTypes: true }).filter((e) => e.isDirectory())) {
        for (const [name, value] of scoped(`${section}/${entry.name}`)) {
          expect(indexed.get(name), `${section}/${entry.name}: filter ${name}`).toContain(value);
          checked++;
        }
      }
    }
    // Every province with clauses (Chongqing's are the roundup's section), and sectors and measures beyond a handful.
    expect(scoped('provinces/chongqing')).toEqual([['省份', '重庆市']]);
    expect(scoped('sectors/quantum')).toEqual([['领域', '量子科技']]);
    expect(checked).toBeGreaterThan(30);
  });

  test('a digest clause takes the province of its section and the kind 新闻综述; the record holds every section’s province', () => {
    const clause = clauseOf('/documents/pilot-zones-roundup-2024/#chongqing-p2');
    expect(clause.filters['省份']).toEqual(['重庆市']);
    expect(clause.filters['文件类型']).toEqual(['新闻综述']);
    const record = records.find((r) => r.url === '/documents/pilot-zones-roundup-2024/')!;
    expect(record.filters['省份']).toEqual(expect.arrayContaining(['江苏省', '安徽省', '广东省', '湖北省', '重庆市', '甘肃省']));
    // Its paragraph about several provinces (今年6月以来，安徽、广东、江苏等地陆续推出新政) is 多省: 全国 would read as national policy.
    const opening = clauseOf('/documents/pilot-zones-roundup-2024/#p2');
    expect(opening.text).toMatch(/^今年6月以来，安徽、广东、江苏等地/u);
    expect(opening.filters['省份']).toEqual(['多省']);
    // 全国 is the national document's alone: the title entry of 工业和信息化部等七部门…实施意见, known only by reference.
    const national = records.flatMap((r) => clausesOf(r).filter((c) => c.filters['省份']?.includes('全国')));
    expect(national.map((c) => [c.url, c.kind])).toEqual([['/documents/national-miit-future-industries-opinions/', '仅见引用']]);
  });

  test('the character field follows the clause texts and lists each Han character once', () => {
    expect(hanCharacterField('深化“大院大所”“名校名企”合作，建设20个')).toBe('深 化 大 院 所 名 校 企 合 作 建 设 个');
    const plain = documentRecords(data, { characterField: false });
    for (const [i, record] of records.entries()) {
      expect(record.content.startsWith(`${plain[i]!.content}\n`)).toBe(true);
      expect(record.content.slice(plain[i]!.content.length + 1)).toBe(hanCharacterField(plain[i]!.content));
    }
  });
});

describe('traditional → simplified converter', () => {
  let toSimplified: (text: string) => string;
  let size = 0;
  beforeAll(async () => {
    const source = await simplifierModule();
    size = Buffer.byteLength(source);
    const dir = mkdtempSync(join(tmpdir(), 'opencc-'));
    writeFileSync(join(dir, 'opencc-t2cn.js'), source);
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    toSimplified = (await import(pathToFileURL(join(dir, 'opencc-t2cn.js')).href)).toSimplified;
    rmSync(dir, { recursive: true, force: true });
  });

  test('simplified text passes unchanged: every clause, heading and title, and mainland words Taiwan writes otherwise', () => {
    const texts = [...data.clauses.map((c) => c.text), ...data.documents.flatMap((d) => [d.title, ...d.sections.map((s) => s.title)])];
    expect(texts.filter((text) => toSimplified(text) !== text)).toEqual([]);
    // The Taiwan phrase table made 文件 文档, 智慧 智能, 支援 支持; tw→cn on its own makes 显著 显着.
    for (const word of ['文件', '智慧', '支援', '智慧城市', '显著', '人工智慧', '晶片']) expect(toSimplified(word)).toBe(word);
  });

  test('traditional text converts as the ingest converts the roundup: each of its raw lines the same', () => {
    const file = readFileSync('content/sources/provinces-pilot-zone-roundup-2024.txt', 'utf8');
    const lines = file.split('\n').map((line) => line.normalize('NFKC')).filter((line) => /\p{Script=Han}/u.test(line));
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) expect(toSimplified(line)).toBe(ingestSimplified(line));
    expect(toSimplified('標誌著')).toBe('标志着');
    expect(toSimplified('概念驗證中心')).toBe('概念验证中心');
    expect(toSimplified('未來產業先導區')).toBe('未来产业先导区');
    expect(toSimplified('一目瞭然')).toBe('一目了然');
  });

  test('is smaller than opencc-js’s own t2cn bundle (only the tw→cn dictionaries)', () => {
    const preset = readFileSync('node_modules/opencc-js/dist/esm/t2cn.js');
    expect(size).toBeLessThan(preset.length);
  });
});

describe('segmentation disagreement, measured in Chromium', () => {
  let browser: Browser;
  let built: RunningServer;
  let plain: RunningServer;
  let fielded: RunningServer;
  let plainDir: string;
  let fieldedDir: string;

  beforeAll(async () => {
    plainDir = mkdtempSync(join(tmpdir(), 'pagefind-plain-'));
    // "Before": one record per clause, plain text, searched by Pagefind alone (each clause stands in
    // for a one-paragraph document; ?clause= keeps the URLs apart, by place: titles, a document's own and those of the
    // documents it names, have no anchor).
    const oneClauseRecords = documentRecords(data, { characterField: false }).flatMap((record) => {
      const entries = JSON.parse(record.meta.clauses!) as ClauseEntry[];
      return clausesOf(record).map((clause, i) => ({
        ...record,
        url: `${record.url}?clause=${i}`,
        content: clause.text,
        meta: { ...record.meta, clauses: JSON.stringify([entries[i]]) },
        filters: entries[i]!.filters,
      }));
    });
    await writeSearchIndex(oneClauseRecords, plainDir);
    // The same one-clause records with the character field: the field alone must close the gap.
    fieldedDir = mkdtempSync(join(tmpdir(), 'pagefind-fielded-'));
    await writeSearchIndex(oneClauseRecords.map((r) => ({ ...r, content: `${r.content}\n${hanCharacterField(r.content)}` })), fieldedDir);
    for (const dir of [plainDir, fieldedDir]) {
      cpSync(join(siteDir, 'scripts'), join(dir, 'scripts'), { recursive: true });
      cpSync(join(siteDir, 'index.html'), join(dir, 'index.html'));
    }
    [built, plain, fielded] = await Promise.all([startServer(siteDir), startServer(plainDir), startServer(fieldedDir)]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await built?.close();
    await plain?.close();
    await fielded?.close();
    for (const dir of [plainDir, fieldedDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Result URLs of the search page's findClauses for each phrase. */
  async function searchAll(server: RunningServer, fallback: boolean): Promise<Map<string, string[]>> {
    const page: Page = await browser.newPage();
    await page.goto(server.url + '/');
    const found = new Map<string, string[]>();
    for (const phrase of PHRASES) {
      found.set(phrase, (await findInPage(page, phrase, fallback)).map((url) => url.replace(/\?clause=[^#]*/u, '')));
    }
    await page.close();
    return found;
  }

  test('every phrase stands verbatim in at least one clause', () => {
    for (const phrase of PHRASES) expect(clausesWith(phrase).length, phrase).toBeGreaterThan(0);
  });

  test('before (one-clause records, Pagefind alone) clauses are missed; with the character field and fallback, and in the site’s index: every clause and heading holding each phrase is found, and only those', async () => {
    const before = await searchAll(plain, false);
    const missedBefore = PHRASES.filter((p) => clausesWith(p).some((url) => !before.get(p)!.includes(url)));
    console.log(`[segmentation] one-clause records, Pagefind alone: ${PHRASES.length - missedBefore.length}/${PHRASES.length} phrases find all their clauses; missed: ${missedBefore.join('、')}`);
    // The measurement this mitigation answers; if Pagefind's segmenters come to agree, this fails and the comment above needs updating.
    expect(missedBefore).toContain('大所');

    const exactly = (found: Map<string, string[]>) => PHRASES.filter((p) => JSON.stringify([...found.get(p)!].sort()) !== JSON.stringify(resultsWith(p)));
    const missedFielded = exactly(await searchAll(fielded, true));
    console.log(`[segmentation] one-clause records with the character field and fallback: ${PHRASES.length - missedFielded.length}/${PHRASES.length}`);
    expect(missedFielded).toEqual([]);
    const missedAfter = exactly(await searchAll(built, true));
    console.log(`[segmentation] the site's document records with the character field and fallback: ${PHRASES.length - missedAfter.length}/${PHRASES.length}`);
    expect(missedAfter).toEqual([]);
  });

  test('the built index, cut back into clauses by the search page, gives every clause text exactly', async () => {
    const page = await browser.newPage();
    await page.goto(built.url + '/');
    const kinds = [...new Set(documentRecords(data).flatMap((r) => r.filters['文件类型'] ?? []))];
    const cut: Array<{ url: string; text: string }> = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { clausesOf } = await import('/scripts/search.js');
      const out = [];
      // A record holding the title of a document it names (仅见引用) is found under that kind too: each record once.
      const seen = new Set();
      for (const kind of ${JSON.stringify(kinds)}) {
        const found = await pagefind.search(null, { filters: { '文件类型': kind } });
        for (const result of found.results.filter((r) => !seen.has(r.id))) {
          seen.add(result.id);
          for (const clause of clausesOf(await result.data())) if (!clause.heading && !clause.facts && !clause.docTitle) out.push({ url: clause.url, text: clause.text });
        }
      }
      return out;
    })()`);
    expect(cut.map((c) => c.url).sort()).toEqual(data.clauses.map((c) => urlOf(c.id)).sort());
    const textByUrl = new Map(data.clauses.map((c) => [urlOf(c.id), c.text]));
    for (const clause of cut) expect(clause.text, clause.url).toBe(textByUrl.get(clause.url));
    await page.close();
  });

  test('a long result list shows the first documents’ matches first, and the full list extends them', async () => {
    const page = await browser.newPage();
    await page.goto(built.url + '/');
    // Two documents a first batch, so the real corpus's five documents make a long list.
    const run: { early: string[][]; final: string[]; partial: boolean[] } = await page.evaluate(`(async () => {
      const { findClauses } = await import('/scripts/search.js');
      const early = [];
      const final = await findClauses('未来产业', { firstBatch: 2, onProgress: (r) => early.push(r.results.map((x) => x.url)) });
      return { early, final: final.results.map((x) => x.url), partial: [final.partial] };
    })()`);
    expect(run.early).toHaveLength(1);
    expect(run.early[0]!.length).toBeGreaterThan(0);
    expect(run.final.slice(0, run.early[0]!.length)).toEqual(run.early[0]);
    expect(run.final.length).toBeGreaterThan(run.early[0]!.length);
    expect(run.final.sort()).toEqual(resultsWith('未来产业'));
    expect(run.partial).toEqual([false]);
    await page.close();
  });

  test('synonyms: 发改委 also finds the plans’ 省发展改革委; AI, which no text writes, finds 人工智能, and says so', async () => {
    const page = await browser.newPage();
    await page.goto(built.url + '/');
    const synonyms = loadSearchSynonyms();
    type Found = { results: Array<{ url: string }>; synonyms?: Array<{ typed: string; written: string; words: string[]; added: Array<{ url: string }> }>; asWritten?: boolean };
    const find = (query: string, withSynonyms = true): Promise<Found> =>
      page.evaluate(`import('/scripts/search.js').then((s) => s.findClauses(${JSON.stringify(query)}, { synonyms: ${JSON.stringify(withSynonyms ? synonyms : [])} }))`);
    const urls = (found: Found) => found.results.map((r) => r.url.replace(/\?clause=[^#]*/u, ''));

    // The 5个100 解读 writes 省发改委 (lines 13, 19), and the 5个100 plan's inferred issuers 江苏省发改委; the plans' notes
    // write 省发展改革委: first what the typed form finds, then what the other form finds besides (a title's printed forms
    // and the 发文机关 lines too).
    const typed = urls(await find('发改委', false));
    expect(typed.sort()).toEqual(resultsWith('发改委'));
    const written = urls(await find('发展改革委', false)).filter((url) => !typed.includes(url));
    expect(written).toEqual(expect.arrayContaining(resultsWith('发展改革委').filter((url) => !typed.includes(url))));
    const ndrc = await find('发改委');
    expect(urls(ndrc).slice(0, typed.length).sort()).toEqual(typed);
    expect(urls(ndrc).slice(typed.length)).toEqual(written);
    expect(ndrc.asWritten).toBe(false);
    // 发展和改革委员会, the registry's full name, is written nowhere: it adds nothing and is not named.
    expect(ndrc.synonyms!.map(({ added, ...s }) => ({ ...s, added: urls({ results: added }) }))).toEqual([{ typed: '发改委', written: '发展改革委', words: ['发展改革委'], added: written }]);

    expect(resultsWith('AI')).toEqual([]);
    const ai = await find('AI');
    expect(urls(ai).sort()).toEqual(resultsWith('人工智能'));
    expect(ai.asWritten).toBe(true);
    expect(ai.synonyms!.map((s) => s.written)).toEqual(['人工智能']);

    // No group holds the query: the same results as without synonyms, and nothing said.
    const plain = await find('概念验证中心');
    expect(urls(plain).sort()).toEqual(resultsWith('概念验证中心'));
    expect(plain.synonyms).toBeUndefined();
    await page.close();
  });

  test('a traditional query finds the simplified clause: 概念驗證中心 → Jiangsu 3.', async () => {
    const page = await browser.newPage();
    await page.goto(built.url + '/');
    const urls = await findInPage(page, '概念驗證中心', true);
    expect(urls).toContain('/documents/jiangsu-3yr-plan/#c3');
    expect(urls.sort()).toEqual(resultsWith('概念验证中心'));
    await page.close();
  });
});
