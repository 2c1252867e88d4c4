// How the search page reads a query before searching it (public/scripts/search.js), on the site's own vocabularies.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { acrossPairs, clausesOf, comparable, comparableStrict, comparerFor, erratumVariants, markedWords, PROVINCE_NAMES, prepareQuery, provinceAffix, queryWords, resultHref, statusText, synonymVariants, wordHits } from '../../public/scripts/search.js';
import { isStrict } from '../../public/scripts/word-match.js';
import { clauses, documents, provinces } from '../../src/lib/atlas.ts';
import { errataTerms, synonymGroups } from '../../src/lib/search-page.ts';
import { documentRecords, readOpenData } from '../../scripts/pagefind.ts';
import { toSimplified } from '../../scripts/ingest/normalise/to-simplified.ts';

test('the province names a query may begin or end with are the site’s provinces, full and short', () => {
  const expected = provinces.flatMap((p) => [p.name, p.short]).sort();
  expect(PROVINCE_NAMES.map((n) => n.name).sort()).toEqual(expected);
  for (const p of provinces) expect(PROVINCE_NAMES.find((n) => n.name === p.short)!.province).toBe(p.name);
});

test('重庆先导区, 重庆市先导区, 先导区江苏省 and 科技金融 江西 are a province and the rest; a province alone, or two, is not', () => {
  expect(provinceAffix('重庆先导区')).toEqual({ province: '重庆市', name: '重庆', rest: '先导区' });
  expect(provinceAffix('重庆市先导区')).toEqual({ province: '重庆市', name: '重庆市', rest: '先导区' });
  expect(provinceAffix('先导区江苏省')).toEqual({ province: '江苏省', name: '江苏省', rest: '先导区' });
  expect(provinceAffix('江西科技金融')).toEqual({ province: '江西省', name: '江西', rest: '科技金融' });
  expect(provinceAffix('江苏省')).toBeNull();
  expect(provinceAffix('重庆')).toBeNull();
  expect(provinceAffix('江苏省委')).toBeNull();
  // A province as a word of its own: asked when no clause holds every word (the Jiangxi clause on 科技金融 never writes 江西).
  expect(provinceAffix('江苏 氢能')).toEqual({ province: '江苏省', name: '江苏', rest: '氢能' });
  expect(provinceAffix('科技金融 江西')).toEqual({ province: '江西省', name: '江西', rest: '科技金融' });
  expect(provinceAffix('江苏 安徽 氢能')).toBeNull();
  expect(provinceAffix('江苏 委')).toBeNull();
  expect(provinceAffix('先导区')).toBeNull();
});

test('a space between a Han character and a digit or Latin letter, either order, is the PDF’s typesetting: the joined form goes first; one between two Han characters stays', () => {
  const words = (raw: string) => queryWords(prepareQuery(raw).joined);
  // The typed words stay too: a reader may mean 芯片 and 100亿 apart, which findClauses tries when the joined form finds nothing.
  expect(queryWords(prepareQuery('芯片 100亿').text)).toEqual(['芯片', '100亿']);
  expect(words('100 项')).toEqual(['100项']);
  expect(words('10 家左右')).toEqual(['10家左右']);
  expect(words('建设 20 个概念验证中心')).toEqual(['建设20个概念验证中心']);
  expect(words('AI 大模型')).toEqual(['ai大模型']);
  expect(words('江苏 氢能')).toEqual(['江苏', '氢能']);
  expect(words('30-40 项')).toEqual(['3040项']);
});

test('only a separator in the query lets it match across the text’s 、，。: quotes and dashes do not', () => {
  const text = comparable('集聚技术、人才等要素');
  expect(comparerFor('“技术人才”')('集聚技术、人才等要素')).not.toContain(comparable('技术人才'));
  expect(comparerFor('《技术人才》')('集聚技术、人才等要素')).not.toContain(comparable('技术人才'));
  expect(comparerFor('技术、人才')('集聚技术、人才等要素')).toBe(text);
  expect(comparerFor('技术，人才')('集聚技术、人才等要素')).toBe(text);
});

test('a tilde between two numbers is a range, read as the dash the texts print; elsewhere it stays', () => {
  for (const raw of ['8～10个', '8~10个', '8〜10个', '8 ～ 10个']) expect(prepareQuery(raw).text, raw).toBe('8-10个');
  expect(prepareQuery('2024～2026年').text).toBe('2024-2026年');
  expect(prepareQuery('约~10个').text).toBe('约~10个');
});

test('a separator (、，。；：) is a break a word cannot cross; quotes and brackets are not', () => {
  const text = '培育科技领军人才、高技能人才和青年科技人才，集聚技术、人才等要素，实施“5个100”行动方案';
  expect(comparable(text)).toContain('技术人才');
  expect(comparableStrict(text)).not.toContain('技术人才');
  expect(comparableStrict(text)).toContain('5个100行动方案');
  const marked = (words: string[], strict: boolean) => wordHits(text, words, strict).map(([from, to]) => text.slice(from, to));
  expect(marked(['技术人才'], true)).toEqual([]);
  expect(marked(['技术人才'], false)).toEqual(['技术、人才']);
  expect(marked(['5个100行动方案'], true)).toEqual(['5个100”行动方案']);
});

test('a mark covers the punctuation a word opens or closes with as typed, where the text has it there, and none the reader did not type', () => {
  const textOf = (id: string) => clauses.find((c) => c.id === id)!.text;
  const marked = (text: string, query: string) => wordHits(text, markedWords({ query: prepareQuery(query).text }), isStrict(query)).map(([from, to]) => text.slice(from, to));
  // The three-year plan's 24.: 装备首台（套）、新材料首批次; the ） was left out when the pattern was built from 首台套.
  const support = textOf('jiangsu-3yr-plan/c24');
  expect(support).toContain('加大研发费用加计扣除、装备首台（套）、新材料首批次');
  expect(marked(support, '首台（套）')).toEqual(['首台（套）']);
  expect(marked(support, '首台(套)')).toEqual(['首台（套）']);
  expect(marked(support, '首台（套')).toEqual(['首台（套']);
  expect(marked(support, '首台套')).toEqual(['首台（套']);
  // The notice (p2) prints the title in 《》; the title entry prints it bare, then （原文中的标题写法：…《…》…）.
  const title = '《江苏省加快培育发展未来产业三年行动方案（2024-2026年）》';
  expect(marked(textOf('jiangsu-3yr-plan/p2'), title)).toEqual([title]);
  const entry = clausesOf(documentRecords(readOpenData(process.env.ATLAS_DATA_DIR || 'public/data')).find((r) => r.url === '/documents/jiangsu-3yr-plan/')!)[0]!.text;
  expect(marked(entry, title)).toEqual(['江苏省加快培育发展未来产业三年行动方案（2024-2026年）', title, title]);
  // The roundup's Gansu paragraph: 未来信息（深度数字孪生、量子科技）; a word typed bare marks no ） after it.
  const gansu = textOf('pilot-zones-roundup-2024/gansu-p2');
  expect(gansu).toContain('量子科技），未来能源');
  expect(marked(gansu, '量子科技')).toEqual(['量子科技']);
  expect(marked(gansu, '量子科技）')).toEqual(['量子科技）']);
  // Opening punctuation: 《行动方案》 marks its 《》; the quote of “5个100”行动方案 is marked only when typed.
  expect(marked(gansu, '《行动方案》')).toEqual(['《行动方案》']);
  const quoted = textOf('jiangsu-5x100-interpretation/p1');
  expect(marked(quoted, '5个100行动方案')).toEqual(['5个100”行动方案']);
  expect(marked(quoted, '“5个100”行动方案')).toEqual(['“5个100”行动方案']);
});

test('a clause result links with the words it marks (?q=), so the reader marks them too; a title, heading, 文件信息 or pair opens as it is', () => {
  const record = documentRecords(readOpenData(process.env.ATLAS_DATA_DIR || 'public/data')).find((r) => r.url === '/documents/jiangsu-3yr-plan/')!;
  const entries = clausesOf(record);
  const clause = entries.find((c) => c.url.endsWith('#c15'))!;
  expect(clause.text).toContain('加大未来技术创新项目的知识产权质押融资');
  const words = markedWords({ query: '知识产权质押' });
  const href = resultHref(clause, words);
  expect(href).toBe(`/documents/jiangsu-3yr-plan/?q=${encodeURIComponent('知识产权质押')}#c15`);
  expect(new URL(href, 'http://localhost').searchParams.get('q')).toBe('知识产权质押');
  // A synonym's form goes with the query typed: a result it found holds that form, not the typed one.
  const both = resultHref(clause, markedWords({ query: '发改委', synonyms: [{ words: ['发展改革委'] }] }));
  expect(new URL(both, 'http://localhost').searchParams.get('q')).toBe('发改委 发展改革委');
  // The query's punctuation goes with it, as the mark uses it; markup is a word like any other, encoded.
  expect(new URL(resultHref(clause, markedWords({ query: '<img src=x onerror=alert(1)>' })), 'http://localhost').searchParams.get('q')).toBe('<img src=x onerror=alert(1)>');
  for (const kind of ['docTitle', 'heading', 'facts', 'across'] as const) {
    const other = entries.find((c) => (c as Record<string, unknown>)[kind]) ?? { ...clause, [kind]: true };
    expect(resultHref(other, words), kind).toBe(other.url);
  }
  // Browsing filters with no query: nothing to mark.
  expect(resultHref(clause, markedWords({ query: '' }))).toBe('/documents/jiangsu-3yr-plan/#c15');
});

test('the synonyms file loads against the built texts: every group has a form a clause or title writes', () => {
  const written = [...clauses.map((c) => c.text), ...documents.map((d) => d.title)].join('\n').toLowerCase();
  expect(synonymGroups.length).toBeGreaterThanOrEqual(10);
  for (const forms of synonymGroups) expect(forms.some((form) => written.includes(form.toLowerCase())), forms.join('、')).toBe(true);
  expect(synonymGroups).toContainEqual(['发展改革委', '发改委', '发展和改革委员会']);
});

test('synonyms: a query holding one form is also searched with each other form of its group, the longest form first', () => {
  const queries = (query: string) => synonymVariants(query, synonymGroups).map((v) => v.query);
  expect(queries('省发改委')).toEqual(['省发展改革委', '省发展和改革委员会']);
  expect(queries('江苏省工信厅')).toEqual(['江苏省工业和信息化厅']);
  // 通用人工智能 is one form (AGI's), not 人工智能 inside it.
  expect(queries('通用人工智能')).toEqual(['AGI']);
  // A Latin form is a whole word, in any case: ai in a word (chain, AIGC) is none.
  expect(queries('ai')).toEqual(['人工智能']);
  expect(queries('AI大模型')).toEqual(['人工智能大模型']);
  expect(queries('AIGC')).toEqual([]);
  expect(queries('chain')).toEqual([]);
  // Two forms of two groups: each is replaced on its own, the rest of the query kept.
  expect(queries('发改委 工信厅')).toEqual(['发展改革委 工信厅', '发展和改革委员会 工信厅', '发改委 工业和信息化厅']);
  // Related words are not synonyms: 芯片 stays 芯片.
  expect(queries('芯片')).toEqual([]);
});

test('errata: the build lists each applied erratum once per file, original and correction, with its lines, its text’s short title and the correction as the site’s text reads it', () => {
  expect(errataTerms).toEqual([
    { file: 'jiangxi-six-actions-interpretation-2024.txt', source: '六大行动解读', lines: [29, 43], original: '科创 产业', shown: '科创+产业' },
    { file: 'jiangxi-six-actions-interpretation-2024.txt', source: '六大行动解读', lines: [45], original: '投资 孵化', shown: '投资+孵化' },
    // The errata file writes the roundup's correction in its traditional script, 深海空間; the text reads 深海空间.
    { file: 'provinces-pilot-zone-roundup-2024.txt', source: '先导区新闻综述', lines: [35], original: '深??臻g', shown: '深海空间' },
  ]);
  for (const { file, lines, original, shown } of errataTerms) {
    const raw = readFileSync(`content/sources/${file}`, 'utf8').split(/\r?\n/u);
    for (const line of lines) expect(raw[line - 1], `${file}:${line}`).toContain(original);
    expect(clauses.some((c) => c.source.file === file && c.text.includes(shown)), shown).toBe(true);
  }
});

test('errata: a query holding an erratum’s original, as pasted from the raw source, is also searched with the correction in its place', () => {
  // As the search page reads a query (prepareQuery, then simplified); the page's converter is OpenCC's, as the ingest's.
  const asSearched = (text: string) => toSimplified(prepareQuery(text).text).trim();
  const variants = (raw: string) => erratumVariants(asSearched(raw), errataTerms, asSearched);
  const roundup = errataTerms.find((e) => e.original === '深??臻g')!;
  expect(variants('深??臻g')).toEqual([{ typed: '深??臻g', written: '深海空间', query: '深海空间', erratum: roundup }]);
  // Full-width question marks are the same characters once NFKC has read them.
  expect(variants('深？？臻g').map((v) => v.query)).toEqual(['深海空间']);
  // Its Latin letter in either case, as the search compares text (comparable): the original as typed is kept.
  expect(variants('深??臻G')).toEqual([{ typed: '深??臻G', written: '深海空间', query: '深海空间', erratum: roundup }]);
  // The whole of line 35 pasted, pinyin and traditional characters and all, reads as the clause the site shows.
  const line35 = readFileSync('content/sources/provinces-pilot-zone-roundup-2024.txt', 'utf8').split(/\r?\n/u)[34]!;
  const [passage, ...none] = variants(line35);
  expect(none).toEqual([]);
  const clause = clauses.find((c) => c.source.file === 'provinces-pilot-zone-roundup-2024.txt' && c.text.includes('深海空间'))!;
  expect(comparable(passage!.query)).toBe(comparable(clause.text));
  // The ? of the original are characters, not a pattern's quantifiers: 深臻g and 臻g hold no erratum.
  expect(variants('深臻g')).toEqual([]);
  expect(variants('臻g')).toEqual([]);
  // The space where the 解读 lost its +: one space or several, as typed.
  expect(variants('科创 产业').map((v) => [v.query, v.erratum.lines])).toEqual([['科创+产业', [29, 43]]]);
  expect(variants('探索“科创  产业”等新型攻关模式').map((v) => v.query)).toEqual(['探索“科创+产业”等新型攻关模式']);
  // One way only: the correction, or the words without the space, are not the damaged original.
  expect(variants('深海空间')).toEqual([]);
  expect(variants('科创+产业')).toEqual([]);
  expect(variants('科创产业')).toEqual([]);
  // Two errata in one query: each is replaced on its own.
  expect(variants('科创 产业 投资 孵化').map((v) => v.query)).toEqual(['科创+产业 投资 孵化', '科创 产业 投资+孵化']);
});

test('errata: the status names the lines and the correction; a passage found by its correction is marked once', () => {
  const roundup = errataTerms.find((e) => e.original === '深??臻g')!;
  const result = { heading: false };
  const corrected = { typed: '深??臻g', written: '深海空间', words: ['深海空间'], erratum: roundup };
  expect(statusText({ query: '深海空间', typed: '深??臻g', exact: true, truncated: false, partial: false, results: [result], synonyms: [corrected], asWritten: true }, [result]))
    .toBe('先导区新闻综述原文第35行作“深??臻g”，本站据勘误更正为“深海空间”，以下按更正后的写法检索；找到1条条款。');
  // The typed words found clauses too: the correction is searched as well, and its clauses, listed first, are counted.
  const jiangxi = errataTerms.find((e) => e.original === '科创 产业')!;
  const also = { typed: '科创 产业', written: '科创+产业', words: ['科创+产业'], erratum: jiangxi };
  const found = { query: '科创 产业', typed: '科创 产业', exact: true, truncated: false, partial: false, results: [result, result] };
  expect(statusText({ ...found, synonyms: [{ ...also, leads: true }] }, found.results)).toBe('六大行动解读原文第29、43行作“科创 产业”，本站据勘误更正为“科创+产业”，同时按更正后的写法检索，找到的条款列在最前；找到2条条款。');
  // What a synonym adds is counted by kind: a 文件信息 entry is not a clause.
  const facts = { heading: false, facts: true };
  expect(statusText({ ...found, synonyms: [{ ...also, leads: true }, { typed: '产业', written: '行业', words: ['科创 行业'], added: [result, facts] }] }, found.results))
    .toBe('六大行动解读原文第29、43行作“科创 产业”，本站据勘误更正为“科创+产业”，同时按更正后的写法检索，找到的条款列在最前；同时检索了同义写法“行业”（另1条条款、1份文件的文件信息）；找到2条条款。');
  // A passage with punctuation, found by its correction: its comparable() words are the query's, not a second mark.
  const pasted = '新型储能、深海空间等细分产业。';
  expect(markedWords({ query: pasted, synonyms: [{ words: queryWords(pasted) }] })).toEqual([pasted]);
  expect(markedWords({ query: '科创 产业', synonyms: [{ words: ['科创+产业'] }] })).toEqual(['科创', '产业', '科创+产业']);
});

test('a passage copied across the boundary between two items of one paragraph is found once, at the first item', () => {
  // Jiangxi 解读 line 45 is one paragraph; the ingest cut it at 二是 into s3-p7 and s3-p7-e2.
  const data = readOpenData(process.env.ATLAS_DATA_DIR || 'public/data');
  const record = documentRecords(data).find((r) => r.url === '/documents/jiangxi-six-actions-interpretation/')!;
  const pairsFor = (query: string) => {
    const compare = comparerFor(query);
    return acrossPairs(clausesOf(record).map((c) => ({ ...c, key: compare(c.text) })), queryWords(query));
  };
  const passage = '促进大中小企业融通创新。二是推动高成长性科技型企业';
  const [pair, ...others] = pairsFor(passage);
  expect(others).toEqual([]);
  expect(pair!.url).toBe('/documents/jiangxi-six-actions-interpretation/#s3-p7');
  expect(pair!.next).toMatch(/^二是推动高成长性科技型企业/u);
  expect(comparable(pair!.text)).toContain(comparable(passage));
  // Without the 。 the passage does not cross it (the rule for every query); a phrase inside one item is no pair.
  expect(pairsFor('促进大中小企业融通创新二是推动高成长性科技型企业')).toEqual([]);
  expect(pairsFor('促进大中小企业融通创新')).toEqual([]);
  // Too short to be a passage: a word that happens to straddle the boundary.
  expect(pairsFor('创新。二是')).toEqual([]);
});

test('a search record carries each clause’s corrected runs, and a pair across two items keeps the second item’s where they stand', () => {
  const data = readOpenData(process.env.ATLAS_DATA_DIR || 'public/data');
  const record = documentRecords(data).find((r) => r.url === '/documents/jiangxi-six-actions-interpretation/')!;
  const loaded = clausesOf(record);
  // Line 43's 科创 产业 is 科创+产业 in the 关键核心技术攻关 item (s3-p6-e2); the paragraph before it has none.
  const item = loaded.find((c) => c.url.endsWith('#s3-p6-e2'))!;
  expect(item.corrections).toEqual([{ start: 38, end: 43, title: '本站更正：第43行原文作“科创 产业”' }]);
  expect(item.text.slice(38, 43)).toBe('科创+产业');
  const before = loaded.find((c) => c.url.endsWith('#s3-p6'))!;
  expect(before.corrections).toEqual([]);
  // Every erratum the ingest applied with a span is carried, and only those.
  const carried = documentRecords(data).flatMap((r) => clausesOf(r).flatMap((c) => c.corrections.map((run) => c.text.slice(run.start, run.end))));
  expect(carried.sort()).toEqual(clauses.flatMap((c) => c.repairs.filter((r) => r.kind === 'erratum' && r.span).map((r) => r.shown)).sort());
  const passage = '优化省自然科学基金资助体系。二是推进关键核心技术攻关';
  const compare = comparerFor(passage);
  const [pair] = acrossPairs(loaded.map((c) => ({ ...c, key: compare(c.text) })), queryWords(passage));
  expect(pair!.url).toMatch(/#s3-p6$/u);
  expect(pair!.corrections.map((run) => pair!.text.slice(run.start, run.end))).toEqual(['科创+产业']);
});

test('a copy of the roundup that begins or ends inside a pinyin annotation loses the half annotation too, and nothing else', () => {
  // Roundup line 42: 未來產(chǎn)業(yè)先行集聚發(fā)展試點(diǎn)”清單, copied from 產's annotation to 點's.
  expect(prepareQuery('ǎn)業(yè)先行集聚發(fā)展試點(di')).toMatchObject({ text: '業先行集聚發展試點', pinyin: true });
  expect(prepareQuery('江蘇省發(fā)展改革委發(')).toMatchObject({ text: '江蘇省發展改革委發', pinyin: true });
  // Brackets that are no annotation stay: a numbered item, a Latin word, an unclosed bracket after no Han character.
  for (const kept of ['(一)', 'AI)产业', '基金(S', '100(ab']) expect(prepareQuery(kept)).toMatchObject({ text: kept, pinyin: false });
});
