import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createLineClassifier } from '../../scripts/ingest/classify-lines.ts';
import { parseMetadata } from '../../scripts/ingest/parse-metadata.ts';
import { normaliseLine } from '../../scripts/ingest/normalise-line.ts';
import { decodeSource } from '../../scripts/ingest/decode-source.ts';
import { PageChromeSchema } from '../../src/schemas/page-chrome.ts';
import { rawLines } from '../helpers/corpus.ts';

const chrome = PageChromeSchema.parse(parse(readFileSync('content/vocab/page-chrome.yaml', 'utf8')));
const classifyFile = (file: string, title: string, script: 'simplified' | 'traditional-pinyin' = 'simplified') => {
  const classify = createLineClassifier(chrome, title);
  return rawLines(file).map((raw, i) => classify(normaliseLine(raw, i + 1, { file, script, errata: [] })));
};

describe('classifying lines', () => {
  const plan = classifyFile('jiangsu-future-industries-three-year-plan-2024.txt', '江苏省加快培育发展未来产业三年行动方案（2024-2026年）');
  it('reads the three-year plan’s header: metadata block, title repeats, 文号, signatories, date', () => {
    expect(plan.slice(0, 17).map((l) => l.metadataKind ?? l.role)).toEqual([
      'fields', 'fields', 'fields', 'fields', 'fields', 'fields', 'title', 'title', 'doc-number', 'body', 'body',
      'signatories', 'signatories', 'signatories', 'signatories', 'signing-date', 'title',
    ]);
    expect(plan[17].role).toBe('body');
  });
  it('parses the metadata fields, keys with spaces inside (索 引 号) included', () => {
    const metadata = parseMetadata(plan, chrome);
    expect(metadata.fields.indexNumber.value).toBe('014001303/2024-00702');
    expect(metadata.fields.docNumber.value).toBe('苏发改高技发〔2024〕229号');
    expect(metadata.signatories.map((s) => s.name)).toContain('江苏省政府国有资产监督管理委员会');
    expect(metadata.signingDate?.value).toBe('2024年2月27日');
  });
  it('tells the Jiangxi page’s chrome from its metadata, and an empty 文件编号 stays empty', () => {
    const jiangxi = classifyFile('jiangxi-six-actions-interpretation-2024.txt', '科技兴赣六大行动实施方案（2023-2025年）解读');
    expect(jiangxi[0]).toMatchObject({ role: 'boilerplate', rule: 'site-title' });
    expect(jiangxi[2]).toMatchObject({ role: 'boilerplate', rule: 'breadcrumb' });
    const metadata = parseMetadata(jiangxi, chrome);
    expect(metadata.fields).toMatchObject({ publisher: { value: '安义县人民政府', line: 6 }, validity: { value: '有效', line: 7 }, interpreter: { value: '江西省科技厅', line: 53 } });
    expect(metadata.fields.docNumber).toBeUndefined();
  });
  it('reads the roundup’s source line after pinyin and simplification: 来源 and 日期', () => {
    const roundup = classifyFile('provinces-pilot-zone-roundup-2024.txt', '多地发布政策，支持建设未来产业先导区', 'traditional-pinyin');
    expect(roundup.slice(0, 16).every((l) => l.role !== 'body')).toBe(true);
    expect(parseMetadata(roundup, chrome).fields).toMatchObject({ publisher: { value: '高新院 achie.org' }, date: { value: '2024-10-18' } });
  });
});

describe('decodeSource', () => {
  const bytes = readFileSync('content/sources/jiangsu-5x100-interpretation-2024.txt');
  it('reads the real UTF-8 file and hashes the raw bytes', () => {
    const decoded = decodeSource('x.txt', bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.sha256).toBe('e9587dfd8df3494d7fb03c4e8a1ae288d89370399182796f91522c371ab2f772');
  });
  it('strips a BOM and turns CRLF into LF, saying so', () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes.toString('utf8').replace(/\n/gu, '\r\n'))]);
    const decoded = decodeSource('x.txt', crlf);
    expect(decoded).toMatchObject({ hadBom: true, hadCrlf: true });
    expect(decoded.text).toBe(bytes.toString('utf8'));
  });
  it('reads UTF-16LE with a BOM', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
    expect(decodeSource('x.txt', utf16)).toMatchObject({ encoding: 'utf-16le', text: bytes.toString('utf8') });
  });
  it('rejects an empty file and undecodable bytes with file, line and byte offset', () => {
    expect(() => decodeSource('empty.txt', new Uint8Array())).toThrow('empty.txt: the file is empty');
    const broken = Buffer.concat([Buffer.from('第一行\n第二行'), Buffer.from([0xff, 0xfe, 0x00, 0x80]), Buffer.from('\n')]);
    expect(() => decodeSource('broken.txt', broken)).toThrow(/^broken\.txt:2: byte offset 19: not valid UTF-8/u);
  });
});
