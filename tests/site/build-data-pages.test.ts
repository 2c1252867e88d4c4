// What a reader must see on the built /data/, /about/, /sources/<file>/ and /search/ pages.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { distDir, readDistFile, readDistPage } from './dist.ts';
import { ingestReport, clauses, documents, targetById, targets } from '../../src/lib/atlas.ts';
import { CELL_JOIN, CLAUSE_CSV_COLUMNS } from '../../src/lib/clause-csv.ts';
import { QUALIFIER_JOIN, TARGET_CSV_COLUMNS } from '../../src/lib/target-csv.ts';
import { writeOpenDataZip, zippedFiles } from '../../src/lib/open-data-zip.ts';
import { dataVersionOf, SOURCE_FILES_AT } from '../../src/lib/open-data-catalogue.ts';
import { breakOffQuote } from '../../src/lib/data-page.ts';

/** Decodes the character references Astro writes when it escapes text. */
const decode = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref[0] !== '#') return named[ref.toLowerCase()]!;
    return String.fromCodePoint(ref[1]!.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
const text = (fragment: string) => decode(fragment.replace(/<[^>]+>/g, ''));

/** Each entry's DOS date (YYYY-MM-DD), from the zip's central directory (fflate gives no dates): 46-byte headers, name after. */
function zipEntryDates(zip: Buffer): Record<string, string> {
  const dates: Record<string, string> = {};
  for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0 && zip.readUInt32LE(at) === 0x02014b50; ) {
    const date = zip.readUInt16LE(at + 14);
    const [nameLength, extraLength, commentLength] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    dates[name] = `${(date >> 9) + 1980}-${String((date >> 5) & 15).padStart(2, '0')}-${String(date & 31).padStart(2, '0')}`;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return dates;
}

describe('/data/', () => {
  const html = readDistPage('/data/');

  test('every published file is listed with its download link, and JSON Schema where one is published', () => {
    for (const file of ['documents.json', 'clauses.json', 'clauses.csv', 'targets.json', 'targets.csv', 'links.json', 'departments.json', 'department-functions.json', 'sectors.json', 'measures.json', 'ingest-report.json']) {
      expect(html, file).toContain(`href="/data/${file}"`);
      expect(readDistFile(`/data/${file}`).length, file).toBeGreaterThan(0);
    }
    for (const schema of ['documents', 'clauses', 'targets', 'links', 'departments', 'department-functions', 'sectors', 'measures']) {
      expect(html).toContain(`href="/data/schema/${schema}.schema.json"`);
      expect(() => JSON.parse(readDistFile(`/data/schema/${schema}.schema.json`))).not.toThrow();
    }
  });

  test('every source is published byte for byte under /data/sources/, with its manifest, and nothing else', () => {
    const sourcesDir = process.env.ATLAS_SOURCES_DIR || 'content/sources';
    const published = readdirSync(join(distDir, 'data', 'sources')).sort();
    expect(published).toEqual([...ingestReport.sources.map((s) => s.file), 'sources.yaml', 'README.md'].sort());
    for (const source of ingestReport.sources) {
      const bytes = readFileSync(join(distDir, 'data', 'sources', source.file));
      expect(bytes.equals(readFileSync(join(sourcesDir, source.file))), source.file).toBe(true);
      // The sha256 every clause's provenance quotes is the published file's.
      expect(createHash('sha256').update(bytes).digest('hex'), source.file).toBe(source.sha256);
      expect(documents.filter((d) => d.source?.file === source.file).every((d) => d.source!.sha256 === source.sha256)).toBe(true);
      expect(html, source.file).toContain(`href="/data/sources/${source.file}"`);
      expect(readDistPage(`/sources/${source.file.replace(/\.txt$/u, '')}/`), source.file).toContain(`href="/data/sources/${source.file}" download`);
    }
    expect(readFileSync(join(distDir, 'data', 'sources', 'sources.yaml')).equals(readFileSync(join(sourcesDir, 'sources.yaml')))).toBe(true);
  });

  test('a download carries its own terms: the README names the version, the licence and how to cite; the page says the same', () => {
    const readme = readDistFile('/data/README.md');
    const version = ingestReport.dataVersion;
    expect(version).toMatch(/^[0-9a-f]{12}$/u);
    expect(readme).toContain(`数据版本：${version}`);
    expect(readme).toContain('知识共享署名 4.0 国际许可协议（CC BY 4.0）');
    expect(readme).toContain('https://creativecommons.org/licenses/by/4.0/deed.zh-hans');
    // The source texts are not the site's to license, and the README says so.
    expect(readme).toContain('上述许可不适用于这些原文');
    for (const file of ['clauses.json', 'targets.csv', 'ingest-report.json']) expect(readme).toContain(`\`${file}\``);
    // The description of each source and its defects travels with the sources, byte for byte.
    expect(readFileSync(join(distDir, 'data', 'sources', 'README.md')).equals(readFileSync(join(process.env.ATLAS_SOURCES_DIR || 'content/sources', 'README.md')))).toBe(true);
    expect(text(html)).toContain(`数据版本：${version}`);
    // The version is recomputed here from the published files themselves: every file of /data/ but the README (which
    // states it), the zip and the page, the sources by their SHA-256, the report as written without the version.
    const reportText = readDistFile('/data/ingest-report.json');
    expect(reportText).toBe(`${JSON.stringify(ingestReport, null, 1)}\n`);
    const { dataVersion: _, ...unversioned } = ingestReport;
    const files = zippedFiles(process.env.ATLAS_DATA_DIR || 'public/data').filter((f) => !['README.md', 'ingest-report.json'].includes(f));
    expect(files).toContain('schema/ingest-report.schema.json');
    const sourceFiles = new Set(ingestReport.sources.map((s) => `sources/${s.file}`));
    const recomputed = dataVersionOf([
      ...files.filter((f) => !sourceFiles.has(f)).map((f): [string, Uint8Array] => [f, readFileSync(join(distDir, 'data', f))]),
      ...ingestReport.sources.map((s): [string, string] => [`sources/${s.file}`, s.sha256]),
      ['ingest-report.json', `${JSON.stringify(unversioned, null, 1)}\n`],
    ]);
    expect(recomputed).toBe(version);
    expect(html).toMatch(/<h2[^>]*id="terms"[^>]*>使用与引用<\/h2>/u);
    expect(html).toMatch(/<a href="https:\/\/creativecommons.org\/licenses\/by\/4.0\/deed.zh-hans" rel="license noopener noreferrer"/u);
  });

  test('the page says how recent the held texts are, and gives the dataset’s citation filled in with the version and those dates', () => {
    // The held texts: the three-year plan (2024-02-27) is the earliest dated, the roundup (2024-10-18) the latest; the
    // documents known only by title (the national 实施意见 …) do not count, whatever their dates.
    const held = documents.filter((d) => d.kind !== 'referenced' && d.date).map((d) => d.date!).sort();
    expect([held[0], held.at(-1)]).toEqual(['2024-02-27', '2024-10-18']);
    // The 5个100 plan carries no date: the range is said of the dated texts, and the undated one is counted.
    expect(documents.filter((d) => d.kind !== 'referenced' && d.date === null).map((d) => d.id)).toEqual(['jiangsu-5x100-plan']);
    expect(text(html)).toContain('有日期的收录文本发布于2024-02-27至2024-10-18（另1份未注明日期）。');
    const address = process.env.ATLAS_SITE_URL ? new URL('/data/', process.env.ATLAS_SITE_URL).href : '（下载本数据的网址）';
    const citation = `未来产业政策图谱开放数据，数据版本 ${ingestReport.dataVersion}（有日期的收录文本发布于2024-02-27至2024-10-18（另1份未注明日期）），${address}，访问日期：（引用时填写）。`;
    expect(text(html)).toContain(citation);
    expect(readDistFile('/data/README.md')).toContain(`> ${citation.replace(address, '（下载本数据的网址）')}`);
  });

  test('one download holds every open-data file byte for byte, the same bytes in any time zone', async () => {
    const dataDir = process.env.ATLAS_DATA_DIR || 'public/data';
    const zip = readFileSync(join(distDir, 'data', 'atlas-open-data.zip'));
    const entries = unzipSync(new Uint8Array(zip));
    const files = zippedFiles(dataDir);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'clauses.json', 'clauses.csv', 'targets.csv', 'ingest-report.json', 'schema/clauses.schema.json', 'sources/sources.yaml', 'sources/README.md', 'sources/jiangsu-future-industries-three-year-plan-2024.txt']));
    expect(Object.keys(entries).sort()).toEqual(files.map((file) => `atlas-open-data/${file}`));
    for (const file of files) expect(Buffer.from(entries[`atlas-open-data/${file}`]!).equals(readFileSync(join(distDir, 'data', file))), file).toBe(true);
    expect(html).toContain('href="/data/atlas-open-data.zip" download');
    expect(text(html)).toContain(`共${files.length}个文件`);
    // compare.csv is made by the Astro build beside the zip, so it is not in it, and the page says so.
    expect(files).not.toContain('compare.csv');
    expect(text(html)).toContain('目标对比表 compare.csv 由 targets.json 整理而成，不在其中');
    // Each file is dated with the latest held text's date (the roundup, 2024-10-18), not before the texts it holds.
    const dated = zipEntryDates(zip);
    expect(Object.keys(dated).sort()).toEqual(Object.keys(entries).sort());
    expect(new Set(Object.values(dated))).toEqual(new Set(['2024-10-18']));
    // Dates are written as local DOS fields only: another time zone must not change a byte.
    const zone = process.env.TZ;
    const work = mkdtempSync(join(tmpdir(), 'atlas-zip-'));
    try {
      process.env.TZ = 'America/Los_Angeles';
      const again = join(work, 'again.zip');
      await writeOpenDataZip(dataDir, again);
      expect(readFileSync(again).equals(zip)).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('each field of clauses.json is described in Chinese, and none is left without a description', () => {
    const schema = JSON.parse(readDistFile('/data/schema/clauses.schema.json'));
    const section = html.slice(html.indexOf('id="file-clauses-json"'), html.indexOf('id="file-targets-json"'));
    for (const field of Object.keys(schema.items.properties)) expect(section).toMatch(new RegExp(`<code[^>]*>${field}</code>`));
    expect(text(section)).toContain('lead 牵头：责任括注中排在首位，原文未写“牵头”二字时按列序标注；co 配合；inherited 承接；inferred 推定');
    expect(html).not.toContain('（暂无说明）');
  });

  test('nested records are described too: a clause’s repairs, a heading’s, a source line’s, a priority list’s sectors', () => {
    // Every object a schema holds below the top level gets a table captioned by its path, naming each field.
    /** The field tables of one file's section of the page. */
    const tablesOf = (file: string) => {
      const from = html.indexOf(`id="file-${file}-json"`);
      const section = html.slice(from, html.indexOf('</section>', from));
      return [...section.matchAll(/<caption[^>]*>([^<]+)<\/caption>([\s\S]*?)<\/table>/gu)].map((m) => ({ caption: m[1]!, body: m[2]! }));
    };
    const objectOf = (node: { properties?: object; items?: { properties?: object }; anyOf?: unknown[] }): { properties?: Record<string, never> } | null => {
      for (const option of (node.anyOf ?? [node]) as Array<{ properties?: object; items?: { properties?: object } }>) {
        if (option.properties) return option as never;
        if (option.items?.properties) return option.items as never;
      }
      return null;
    };
    let checked = 0;
    for (const file of ['documents', 'clauses', 'departments', 'sectors', 'ingest-report']) {
      const schema = JSON.parse(readDistFile(`/data/schema/${file}.schema.json`));
      const tables = tablesOf(file);
      const walk = (node: { properties?: Record<string, never> }, path: string) => {
        for (const [name, property] of Object.entries(node.properties ?? {})) {
          const object = objectOf(property);
          if (!object) continue;
          const here = path ? `${path}.${name}` : name;
          const table = tables.find((t) => t.caption === `${file}.json：${here} 中每条记录的字段` || t.caption === `${file}.json：${here} 的字段`);
          expect(table, `${file}.json ${here}`).toBeDefined();
          for (const field of Object.keys(object.properties ?? {})) expect(table!.body, `${file}.json ${here}.${field}`).toMatch(new RegExp(`<code[^>]*>${field}</code>`));
          checked++;
          walk(object, here);
        }
      };
      walk(schema.type === 'array' ? schema.items : schema, '');
    }
    expect(checked).toBeGreaterThan(15);
    expect(text(html)).toContain('rejoin 断行拼接');
    expect(text(html)).toContain('repeated 与前文重复、out-of-sequence 不连续');
  });

  test('sectors.json names the file of each priority quote as clauses.json names a clause’s: a bare file name, published under /data/sources/', () => {
    const sectors = JSON.parse(readDistFile('/data/sectors.json')) as { priorities: Array<{ source: string; line: number }> };
    const named = new Set(clauses.map((c) => c.source.file));
    for (const p of sectors.priorities) {
      expect(named.has(p.source), p.source).toBe(true);
      // The quote's line is there, in the file a downloader gets.
      expect(readDistFile(`/data/sources/${p.source}`).split('\n').length, p.source).toBeGreaterThanOrEqual(p.line);
    }
    const schema = JSON.parse(readDistFile('/data/schema/sectors.schema.json'));
    const pattern = new RegExp(schema.properties.priorities.items.properties.source.pattern, 'u');
    expect(sectors.priorities.every((p) => pattern.test(p.source))).toBe(true);
    expect(pattern.test('content/sources/provinces-pilot-zone-roundup-2024.txt')).toBe(false);
  });

  test('every field that names a source file says where a downloader finds it, in the same words: /data/sources/, sources/ in the zip', () => {
    const fields = html.slice(html.indexOf('id="file-documents-json"'), html.indexOf('id="ingest-report"'));
    const rows = [...fields.matchAll(/<tr[^>]*><th scope="row"[^>]*><code[^>]*>([^<]+)<\/code>[\s\S]*?<\/th><td class="type"[\s\S]*?<\/td><td[^>]*>([\s\S]*?)<\/td><\/tr>/gu)]
      .map((m) => ({ name: m[1]!, description: text(m[2]!) }));
    const place = `（${SOURCE_FILES_AT}）`;
    const naming = rows.filter((r) => r.description.includes('sources/'));
    // clauses.csv sourceFile, targets.csv file, sectors.json priorities source, each record's source.file, the report's files.
    expect(naming.map((r) => r.name)).toEqual(expect.arrayContaining(['sourceFile', 'file', 'source']));
    expect(naming.length).toBeGreaterThanOrEqual(6);
    for (const r of naming) expect(r.description, r.name).toContain(place);
    expect(text(fields)).not.toContain('content/sources/');
    expect(text(fields)).not.toMatch(/[^/]data\/sources\//u);
  });

  test('the ingest report: per-source role counts, the boilerplate lines removed with their line numbers', () => {
    const interpretation = ingestReport.sources.find((s) => s.file === 'jiangsu-5x100-interpretation-2024.txt')!;
    const removed = interpretation.lines.filter((l) => l.role === 'boilerplate');
    expect(removed.length).toBe(interpretation.counts.boilerplate);
    const first = removed[0]!;
    // Line 1 of the republished interpretation is the site's greeting, removed as chrome.
    expect(first.text).toContain('欢迎来到江苏化工网');
    expect(html).toContain(`href="/sources/jiangsu-5x100-interpretation-2024/#L${first.line}"`);
    expect(text(html)).toContain(first.text);
    expect(text(html)).toContain(`删除网页杂项 ${removed.length} 行`);
  });

  test('errata, the corrupted run, the truncated plan and the (empty) unknown names are shown', () => {
    const page = text(html);
    expect(page).toContain('深??臻g');
    expect(page).toContain('深海空間');
    expect(page).toContain('科创+产业');
    expect(html).toMatch(/href="\/documents\/jiangsu-5x100-plan\/"[^>]*>加快科技创新引领未来产业发展“5个100”行动方案/);
    expect(page).toContain('无：条款中出现的每个部门名称都已对应到部门名录');
  });
});

describe('/data/: where a truncated text breaks off', () => {
  test('the 5个100 plan’s last clause is quoted from the start of the sentence it breaks off in, not from mid-word (体 of 第三代半导体)', () => {
    const page = text(readDistPage('/data/'));
    expect(page).toContain('：原文在句中结束，最后一条止于“…推动南京科创圈、”。');
    expect(page).not.toContain('“体、生命科学');
  });

  test('breakOffQuote: a short clause whole; a long one from a sentence boundary, or else from punctuation, each cut marked with …', () => {
    const last = clauses.filter((c) => c.documentId === 'jiangsu-5x100-plan').at(-1)!;
    expect(breakOffQuote(last.text)).toBe('…推动南京科创圈、');
    expect(breakOffQuote('推动南京科创圈、')).toBe('推动南京科创圈、');
    // A last sentence longer than the limit starts after the first 、，：； that leaves it within the limit.
    expect(breakOffQuote('一。支持宁苏主承载区建设，率先在通用人工智能、未来网络、量子科技', 12)).toBe('…未来网络、量子科技');
    // Without punctuation to cut at, the whole sentence, never a cut inside a word.
    expect(breakOffQuote('前文。推动南京科创圈苏州科创圈无锡科创圈', 6)).toBe('…推动南京科创圈苏州科创圈无锡科创圈');
  });
});

describe('/data/clauses.csv', () => {
  const csv = readDistFile('/data/clauses.csv');
  // Parsed by csv-parse, as a spreadsheet would read it: quoting, commas and line breaks in cells.
  const rows = parse(csv.replace(/^\uFEFF/u, ''), { columns: true }) as Array<Record<string, string>>;

  test('opens with a BOM and the columns, then one row per clause of clauses.json, in order, each text exactly', () => {
    expect(csv.startsWith(`\uFEFF${CLAUSE_CSV_COLUMNS.map((c) => c.name).join(',')}\r\n`)).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(clauses.map((c) => c.id));
    rows.forEach((row, i) => {
      expect(row.text, row.id).toBe(clauses[i]!.text);
      expect([row.sourceFile, Number(row.startLine), Number(row.endLine)], row.id).toEqual([clauses[i]!.source.file, clauses[i]!.source.startLine, clauses[i]!.source.endLine]);
    });
  });

  test('the Jiangsu plan\'s clause 3: departments with their roles, measures and the targets as printed', () => {
    const row = rows.find((r) => r.id === 'jiangsu-3yr-plan/c3')!;
    expect(row).toMatchObject({
      documentTitle: '江苏省加快培育发展未来产业三年行动方案（2024-2026年）',
      province: 'jiangsu',
      label: '3',
      heading: '加速创新成果转化',
      departments: '江苏省科学技术厅（牵头）；江苏省工业和信息化厅（配合）；江苏省教育厅（配合）；江苏省知识产权局（配合）；江苏省产业技术研究院（配合）；各设区市相应职能部门（承接）',
      sectors: '',
      targets: '20个概念验证中心、中小试基地；100个未来产业科创园区',
      sourceFile: 'jiangsu-future-industries-three-year-plan-2024.txt',
      startLine: '22',
    });
    expect(row.measures!.split(CELL_JOIN)).toContain('概念验证与中试');
  });

  test('a roundup paragraph: its own province, its sectors and measures by name, and its repairs counted', () => {
    const row = rows.find((r) => r.id === 'pilot-zones-roundup-2024/p1')!;
    expect(row).toMatchObject({ province: 'anhui', departments: '', sectors: '量子科技；商业航天；通用智能', measures: '先导区；高新区与创新载体区', targets: '' });
    expect(Number(row.repairs)).toBe(clauses.find((c) => c.id === row.id)!.repairs.length);
    expect(Number(row.repairs)).toBeGreaterThan(0);
  });

  test('a list cell splits back into exactly its items: no name or target text holds the separator', () => {
    rows.forEach((row, i) => {
      const clause = clauses[i]!;
      expect(row.targets ? row.targets.split(CELL_JOIN) : [], row.id).toEqual(clause.targets.map((id) => targetById.get(id)!.text));
      expect(row.departments ? row.departments.split(CELL_JOIN).length : 0, row.id).toBe(clause.departments.length);
      expect(row.sectors ? row.sectors.split(CELL_JOIN).length : 0, row.id).toBe(clause.sectors.length);
    });
  });

  test('/data/ lists it and describes each of its columns', () => {
    const html = readDistPage('/data/');
    expect(html).toContain('href="/data/clauses.csv"');
    expect(text(html)).toContain('CSV 文件中以 =、+、-、@ 开头的文字单元格前加一个撇号（\'），以免电子表格把它当作公式执行；JSON 文件保留原文。');
    const section = html.slice(html.indexOf('id="file-clauses-csv"'), html.indexOf('id="file-targets-json"'));
    // Each row reads: name, type (shown twice: inline on phones, in its column on wide screens), description.
    for (const column of CLAUSE_CSV_COLUMNS) expect(text(section)).toContain(`${column.name}${column.type}${column.type}${column.description}`);
  });
});

describe('/data/targets.csv', () => {
  const csv = readDistFile('/data/targets.csv');
  const rows = parse(csv.replace(/^\uFEFF/u, ''), { columns: true }) as Array<Record<string, string>>;
  const row = (id: string) => rows.find((r) => r.id === id)!;

  test('opens with a BOM and the columns, then one row per target of targets.json, in order, each text exactly', () => {
    expect(csv.startsWith(`\uFEFF${TARGET_CSV_COLUMNS.map((c) => c.name).join(',')}\r\n`)).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(targets.map((t) => t.id));
    rows.forEach((r, i) => expect(r.text, r.id).toBe(targets[i]!.text));
  });

  test('国际标准10项左右 keeps both its qualifiers, 力争 and 左右, and says its year 2026 is written in the text', () => {
    expect(row('jiangsu-5x100-plan/c4/t3')).toMatchObject({ value: '10', unit: '项', qualifiers: '力争、左右', subject: '国际标准', year: '2026', yearSource: '原文写明' });
  });

  test('左右 is kept after 争取/力争 (c10/t3, c10/t4, c14/t1); a year taken from the plan period says so', () => {
    expect(['c10/t3', 'c10/t4', 'c14/t1'].map((id) => row(`jiangsu-5x100-plan/${id}`).qualifiers)).toEqual(['争取、左右', '争取、左右', '力争、左右']);
    expect(row('jiangsu-3yr-plan/c3/t1')).toMatchObject({ qualifiers: '', year: '2026', fromYear: '', yearSource: '按规划期推定', perYear: 'false' });
  });

  test('每年择优组织30-40项 is marked yearly, over 2024–2026', () => {
    expect(row('jiangsu-5x100-plan/c3/t1')).toMatchObject({ value: '', min: '30', max: '40', qualifiers: '每年', perYear: 'true', fromYear: '2024', year: '2026', yearSource: '按规划期推定' });
  });

  test('every row\'s qualifiers split back into the target\'s, and a heading\'s target names its section', () => {
    rows.forEach((r, i) => expect(r.qualifiers ? r.qualifiers.split(QUALIFIER_JOIN) : [], r.id).toEqual(targets[i]!.qualifiers));
    expect(row('jiangsu-5x100-plan/s2.1/t1')).toMatchObject({ clauseId: '', sectionId: 's2.1', documentId: 'jiangsu-5x100-plan' });
  });

  test('/data/ describes each of its columns, the year source among them', () => {
    const html = readDistPage('/data/');
    const section = html.slice(html.indexOf('id="file-targets-csv"'), html.indexOf('id="file-links-json"'));
    for (const column of TARGET_CSV_COLUMNS) expect(text(section)).toContain(`${column.name}${column.type}${column.type}${column.description}`);
    expect(text(section)).toContain('“原文写明”');
    expect(text(section)).toContain('“按规划期推定”');
  });
});

describe('/sources/<file>/', () => {
  for (const source of ingestReport.sources) {
    test(`${source.file}: every raw line, escaped, at its own anchor`, () => {
      const html = readDistPage(`/sources/${source.file.replace(/\.txt$/, '')}/`);
      const raw = readFileSync(`content/sources/${source.file}`, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
      if (raw.at(-1) === '') raw.pop();
      expect(raw.length).toBe(source.totalLines);
      for (const [index, line] of raw.entries()) {
        const row = html.match(new RegExp(`<tr id="L${index + 1}"[^>]*>[\\s\\S]*?<td class="raw"[^>]*>([\\s\\S]*?)(?:<span class="(?:erratum|normalised)"|</td>)`));
        expect(row, `line ${index + 1}`).not.toBeNull();
        expect(decode(row![1]!), `line ${index + 1}`).toBe(line);
      }
      expect(html).toContain(source.sha256);
    });
  }

  test('the intro’s examples of rule names are rules this file’s lines use: the three-year plan uses no greeting', () => {
    for (const source of ingestReport.sources) {
      const intro = text(readDistPage(`/sources/${source.file.replace(/\.txt$/, '')}/`).match(/<p class="muted"[^>]*>下表是提交到仓库的原始文本[\s\S]*?<\/p>/u)![0]);
      const used = [...new Set(source.lines.flatMap((l) => (l.rule ? [l.rule] : [])))];
      const named = intro.match(/规则及其名称（本文件用到 ([^）]*?)(?: 等)?）/u)?.[1]?.split('、') ?? [];
      expect(named, source.file).toEqual(used.slice(0, 2));
      expect(intro.includes(' 等）'), source.file).toBe(used.length > 2);
    }
    const plan = text(readDistPage('/sources/jiangsu-future-industries-three-year-plan-2024/'));
    expect(plan).toContain('元数据和网页杂项行的“归类”栏注明所依据的规则及其名称（本文件用到 fields、title 等）；每行的归类也逐行记在入库报告中。');
    expect(plan).not.toContain('greeting');
  });

  test('a clause line names its role and links to the clause: roundup line 35 → #guangdong-p5', () => {
    const html = readDistPage('/sources/provinces-pilot-zone-roundup-2024/');
    const row = html.match(/<tr id="L35"[\s\S]*?<\/tr>/)![0];
    const clause = clauses.find((c) => c.source.file === 'provinces-pilot-zone-roundup-2024.txt' && c.source.startLine <= 35 && c.source.endLine >= 35)!;
    expect(row).toContain(`href="/documents/pilot-zones-roundup-2024/#${clause.id.split('/')[1]}"`);
    expect(text(row)).toContain('条款');
    // The raw line keeps its traditional characters and pinyin; the erratum is shown beside it.
    expect(text(row)).toContain('深??臻g等細(xì)分產(chǎn)業(yè)');
    // The correction in the raw line's script, and as the site's converted text reads it: one correction, not two.
    expect(text(row)).toContain('勘误：“深??臻g”更正为“深海空間”（站内文本转为简体，作“深海空间”）。');
  });

  test('is titled by its document, the file named beside it', () => {
    const html = readDistPage('/sources/jiangsu-5x100-interpretation-2024/');
    expect(html).toMatch(/<h1 class="source-title"[^>]*>原文：《加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年）》政策解读<\/h1>/u);
    expect(html).toMatch(/<dt[^>]*>来源文件<\/dt><dd[^>]*><code[^>]*>jiangsu-5x100-interpretation-2024.txt<\/code>/u);
  });

  test('a boilerplate line is marked as removed, with its rule in Chinese, and no mouse-only tooltip', () => {
    const html = readDistPage('/sources/jiangsu-5x100-interpretation-2024/');
    const row = html.match(/<tr id="L1"[\s\S]*?<\/tr>/)![0];
    expect(text(row)).toContain('网页杂项（已删除）');
    // “Hi,欢迎来到江苏化工网…”: page-chrome.yaml's rule greeting, why 站点欢迎语.
    expect(row).toMatch(/<span class="rule"[^>]*>站点欢迎语 <code class="rule-id"[^>]*>greeting<\/code><\/span>/u);
    expect(row).not.toContain('title="规则');
    const metadata = html.match(/<tr id="L10"[\s\S]*?<\/tr>/)![0];
    expect(text(metadata)).toContain('元数据');
    // 发布机构 江苏科技: a field of the page's information box.
    expect(metadata).toMatch(/<span class="rule"[^>]*>信息栏字段 <code class="rule-id"[^>]*>fields<\/code><\/span>/u);
    // The rule ids the intro names are those on the lines; every line's is in the ingest report, which the page links.
    expect(html).toContain('href="/data/#ingest-report"');
  });
});

describe('/about/', () => {
  const page = text(readDistPage('/about/'));
  test('sources, method, limits, how to add a source, and the ingest contract', () => {
    for (const source of ingestReport.sources) expect(page).toContain(source.file);
    for (const heading of ['来源', '方法', '局限', '增补来源', '入库约定']) expect(page).toContain(heading);
    expect(page).toContain('content/sources/sources.yaml');
    expect(page).toContain('content/vocab/errata.yaml');
    expect(page).toContain('GB18030/GBK');
    expect(page).toContain('江西只有《科技兴赣六大行动实施方案（2023-2025年）》的政策解读');
    expect(page).toMatch(/加快科技创新引领未来产业发展“5个100”行动方案（2024-2026年） 的文本在句中截断/);
    // The note readers see beside a repaired clause, quoted from the ingest report.
    expect(page).toContain('繁体字已用 OpenCC 转为简体字');
  });

  test('how targets get their years and how they relate, with examples the data bears out', () => {
    expect(page).toContain('没写年份而文件写明规划期的，按规划期末计，标“（规划期末）”');
    expect(page).toContain('视为同一目标的重复表述：目标对比和计数只算一次');
    expect(page).toContain('content/vocab/same-targets.yaml');
    // 国家标准30项 is a part (合计 about 100) of the 100 standards; the 300 start-ups are set under the task of the 100 示范企业.
    expect(page).toContain('一项总数的分项（100项标准规范中的国家标准30项等）标“组成部分”');
    expect(page).toContain('（培育100家示范企业任务下的300家左右入库创业企业等）标“任务下另列”');
    const national = targets.find((t) => t.text === '国家标准30项')!;
    expect(targetById.get(national.partOf!)!.partsSum).toBe('about');
    const startUps = targets.find((t) => t.text === '300家左右依托前沿科技成果转化与产业化的创业企业')!;
    expect([targetById.get(startUps.partOf!)!.text, targetById.get(startUps.partOf!)!.partsSum]).toEqual(['100家未来科技创新示范企业', 'under']);
    // 2026年（规划期末）: a target with no year in its sentence, in a plan whose period ends in 2026.
    expect(targets.some((t) => t.yearSource === 'plan-period' && t.year === 2026 && !t.perYear)).toBe(true);
  });
});

describe('/search/', () => {
  const html = readDistPage('/search/');
  test('a labelled search box, a status region, the module script, and a no-JavaScript note', () => {
    expect(html).toMatch(/<label for="search-q"[^>]*>检索词<\/label>/);
    expect(html).toMatch(/role="status"[^>]*aria-live="polite"/);
    expect(html).toContain('<script type="module" src="/scripts/search.js">');
    expect(text(html)).toContain('检索需要浏览器启用 JavaScript');
  });
  test('the search index (a record per document with clauses) and the traditional→simplified converter are built next to it', () => {
    expect(readDistFile('/pagefind/pagefind.js').length).toBeGreaterThan(0);
    expect(JSON.parse(readDistFile('/pagefind/pagefind-entry.json')).languages['zh-cn'].page_count).toBe(new Set(clauses.map((c) => c.documentId)).size);
    expect(readDistFile('/scripts/opencc-t2cn.js')).toContain('export const toSimplified');
  });
});

test('targets.csv stands on its own: each row names its category and the source lines it is printed on', () => {
  const rows = parse(readDistFile('/data/targets.csv').replace(/^\uFEFF/u, ''), { columns: true }) as Array<Record<string, string>>;
  expect(rows).toHaveLength(targets.length);
  const row = (id: string) => rows.find((r) => r.id === id)!;
  // A clause split by a page break (5个100 plan lines 61–63) gives both ends.
  expect(row('jiangsu-5x100-plan/c10/t1')).toMatchObject({ categoryLabel: '企业培育', file: 'jiangsu-5x100-action-plan-2024.txt', startLine: '61', endLine: '63' });
  // A target printed in a heading: （一）着力推进100项重大前沿技术攻关, its heading's line.
  const heading = documents.find((d) => d.id === 'jiangsu-5x100-plan')!.sections.find((s) => s.id === 's2.1')!;
  expect(row('jiangsu-5x100-plan/s2.1/t1')).toMatchObject({ clauseId: '', sectionId: 's2.1', categoryLabel: '前沿技术攻关', startLine: String(heading.line) });
  expect(readFileSync(join(distDir, 'data', 'sources', 'jiangsu-5x100-action-plan-2024.txt'), 'utf8').split('\n')[heading.line - 1]).toContain('100 项重大前沿技术攻关');
  for (const r of rows) expect(Number(r.startLine), r.id).toBeGreaterThan(0);
  // Hubei's 10家未来产业科技园和未来产业先导区 counts two things: the compare table lists it in both rows, and the CSV says so.
  expect(row('pilot-zones-roundup-2024/hubei-p2/t6')).toMatchObject({ category: 'pilot-zones', alsoCategories: 'parks-incubators' });
  expect(rows.filter((r) => r.alsoCategories !== '').map((r) => r.id)).toEqual(targets.filter((t) => t.alsoCategories.length > 0).map((t) => t.id));
});
