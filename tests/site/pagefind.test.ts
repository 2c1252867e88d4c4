// The clause-level Pagefind index, and a measurement of Chinese segmentation disagreement.
//
// Pagefind segments Chinese with jieba when it indexes and with the browser's Intl.Segmenter when it
// searches, and matches query words as prefixes of indexed words. A query word that begins inside an
// indexed word therefore finds nothing. Measured in Chromium on 31 phrases copied verbatim from the
// clauses (the list below), counting a phrase as found when every clause holding it is returned:
//   before (Pagefind alone, index of plain clause text):           28/31 — 大院大所 and 大所 (0/1: the
//          query words do not start an indexed word) and 大中小企业融通 (1 of its 4 clauses) miss;
//   after  (index + Han-character field, search page's fallback):  31/31, and only clauses that hold
//          the phrase are returned.
// A wider sweep of 1,500 random Han substrings (2–6 characters) of the clauses: 1,496 → 1,500.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { clauseRecords, hanCharacterField, readOpenData, simplifierModule, writeClauseIndex } from '../../scripts/pagefind.ts';
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

describe('clause records', () => {
  const records = clauseRecords(data);

  test('one record per clause, each at its clause anchor', () => {
    expect(records).toHaveLength(data.clauses.length);
    expect(new Set(records.map((r) => r.url)).size).toBe(data.clauses.length);
    expect(records.map((r) => r.url)).toContain('/documents/pilot-zones-roundup-2024/#chongqing-p2');
  });

  test('Jiangsu 3. 加速创新成果转化 carries its text, labels and five filters', () => {
    const record = records.find((r) => r.url === '/documents/jiangsu-3yr-plan/#c3')!;
    expect(record.content).toContain('鼓励高校、科研院所联合企业建设20个概念验证中心');
    expect(record.meta.title).toBe('江苏省加快培育发展未来产业三年行动方案（2024-2026年）');
    expect(record.meta.clause).toBe('3. 加速创新成果转化');
    expect(record.filters['省份']).toEqual(['江苏省']);
    expect(record.filters['文件类型']).toEqual(['政策文件']);
    // (省科技厅牵头，省工业和信息化厅、省教育厅…按职责分工负责): only the first is the lead.
    expect(record.filters['牵头部门']).toEqual(['江苏省科学技术厅']);
    // The character field follows the text; meta.textLength says where the text ends.
    expect(record.content.slice(0, Number(record.meta.textLength))).toBe(data.clauses.find((c) => c.id === 'jiangsu-3yr-plan/c3')!.text);
  });

  test('a digest clause takes the province of its section and the kind 新闻综述', () => {
    const record = records.find((r) => r.url === '/documents/pilot-zones-roundup-2024/#chongqing-p2')!;
    expect(record.filters['省份']).toEqual(['重庆市']);
    expect(record.filters['文件类型']).toEqual(['新闻综述']);
  });

  test('the character field lists each Han character once, without punctuation or digits', () => {
    expect(hanCharacterField('深化“大院大所”“名校名企”合作，建设20个')).toBe('深 化 大 院 所 名 校 企 合 作 建 设 个');
  });
});

describe('traditional → simplified converter', () => {
  let toSimplified: (text: string) => string;
  let size = 0;
  beforeAll(async () => {
    const source = await simplifierModule();
    size = Buffer.byteLength(source);
    const dir = mkdtempSync(join(tmpdir(), 'opencc-'));
    writeFileSync(join(dir, 't2cn.mjs'), source);
    toSimplified = (await import(pathToFileURL(join(dir, 't2cn.mjs')).href)).toSimplified;
    rmSync(dir, { recursive: true, force: true });
  });

  test('converts the roundup’s traditional wording and phrases', () => {
    expect(toSimplified('概念驗證中心')).toBe('概念验证中心');
    expect(toSimplified('未來產業先導區')).toBe('未来产业先导区');
    expect(toSimplified('人形機器人')).toBe('人形机器人');
    expect(toSimplified('一目瞭然')).toBe('一目了然');
  });

  test('is smaller than opencc-js’s own t2cn bundle (only the to-cn dictionaries)', () => {
    const preset = readFileSync('node_modules/opencc-js/dist/esm/t2cn.js');
    expect(size).toBeLessThan(preset.length);
  });
});

describe('segmentation disagreement, measured in Chromium', () => {
  let browser: Browser;
  let built: RunningServer;
  let plain: RunningServer;
  let plainDir: string;

  beforeAll(async () => {
    // "Before": the same records with plain clause text, searched by Pagefind alone.
    plainDir = mkdtempSync(join(tmpdir(), 'pagefind-plain-'));
    const records = clauseRecords(data).map((r) => ({ ...r, content: r.content.slice(0, Number(r.meta.textLength)) }));
    await writeClauseIndex(records, plainDir);
    cpSync(join(siteDir, 'scripts'), join(plainDir, 'scripts'), { recursive: true });
    cpSync(join(siteDir, 'index.html'), join(plainDir, 'index.html'));
    [built, plain] = await Promise.all([startServer(siteDir), startServer(plainDir)]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await built?.close();
    await plain?.close();
    rmSync(plainDir, { recursive: true, force: true });
  });

  /** Result URLs of the search page's findClauses for each phrase. */
  async function searchAll(server: RunningServer, fallback: boolean): Promise<Map<string, string[]>> {
    const page: Page = await browser.newPage();
    await page.goto(server.url + '/');
    const found = new Map<string, string[]>();
    for (const phrase of PHRASES) {
      found.set(phrase, await findInPage(page, phrase, fallback));
    }
    await page.close();
    return found;
  }

  test('every phrase stands verbatim in at least one clause', () => {
    for (const phrase of PHRASES) expect(clausesWith(phrase).length, phrase).toBeGreaterThan(0);
  });

  test('before: Pagefind alone misses clauses; after: every clause holding each phrase is found, and only those', async () => {
    const before = await searchAll(plain, false);
    const missedBefore = PHRASES.filter((p) => clausesWith(p).some((url) => !before.get(p)!.includes(url)));
    console.log(`[segmentation] Pagefind alone: ${PHRASES.length - missedBefore.length}/${PHRASES.length} phrases find all their clauses; missed: ${missedBefore.join('、')}`);
    // The measurement this mitigation answers; if Pagefind's segmenters come to agree, this fails and the comment above needs updating.
    expect(missedBefore).toContain('大所');

    const after = await searchAll(built, true);
    const missedAfter = PHRASES.filter((p) => JSON.stringify([...after.get(p)!].sort()) !== JSON.stringify(clausesWith(p)));
    console.log(`[segmentation] with the character field and fallback: ${PHRASES.length - missedAfter.length}/${PHRASES.length}`);
    expect(missedAfter).toEqual([]);
  });

  test('a traditional query finds the simplified clause: 概念驗證中心 → Jiangsu 3.', async () => {
    const page = await browser.newPage();
    await page.goto(built.url + '/');
    const urls = await findInPage(page, '概念驗證中心', true);
    expect(urls).toContain('/documents/jiangsu-3yr-plan/#c3');
    expect(urls.sort()).toEqual(clausesWith('概念验证中心'));
    await page.close();
  });
});
