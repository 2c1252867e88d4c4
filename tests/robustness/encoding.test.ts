// Encodings a hurried scraper produces: GBK/GB18030, UTF-16 with a BOM, UTF-8 with a BOM, CRLF.
// Each must decode to exactly the clauses of the UTF-8 original, with the encoding in provenance;
// bytes that are no known encoding stop the ingest with the file, line and byte offset.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { IngestError } from '../../scripts/ingest/ingest-error.ts';
import { attemptIngest, ingestBytes, realBytes, realText, textViolations, utf16WithBom, type IngestResult } from './ingest-harness.ts';

const plan = 'jiangsu-future-industries-three-year-plan-2024.txt';
const fiveByHundred = 'jiangsu-5x100-action-plan-2024.txt';
const roundup = 'provinces-pilot-zone-roundup-2024.txt';

/** What must not change with the encoding: every clause's id, text, departments and line range. */
const clauseView = (result: IngestResult) =>
  result.clauses.map((c) => ({ id: c.id, text: c.text, departments: c.departments, startLine: c.source.startLine, endLine: c.source.endLine }));

const original = new Map([plan, fiveByHundred, roundup].map((file) => [file, ingestBytes(file, realBytes(file))]));

describe('re-encoded real sources decode to the same clauses', () => {
  const cases: Array<{ name: string; file: string; bytes: () => Uint8Array; encoding: string; repairs: string[] }> = [
    // Made with `iconv -f UTF-8 -t GB18030` / `-t GBK` from the real sources (Node cannot encode GB18030).
    { name: 'GB18030 (iconv fixture)', file: plan, bytes: () => readFileSync('tests/fixtures/bad-input/jiangsu-three-year-plan.gb18030.txt'), encoding: 'gb18030', repairs: ['encoding'] },
    { name: 'GBK (iconv fixture)', file: fiveByHundred, bytes: () => readFileSync('tests/fixtures/bad-input/jiangsu-5x100-action-plan.gbk.txt'), encoding: 'gb18030', repairs: ['encoding'] },
    // Traditional characters with pinyin tone letters (dāng): Latin letters must not make GB18030 look like noise.
    { name: 'GB18030 roundup with pinyin (iconv fixture)', file: roundup, bytes: () => readFileSync('tests/fixtures/bad-input/provinces-pilot-zone-roundup.gb18030.txt'), encoding: 'gb18030', repairs: ['encoding'] },
    { name: 'UTF-16LE with BOM', file: plan, bytes: () => utf16WithBom(realText(plan), 'le'), encoding: 'utf-16le', repairs: ['encoding', 'bom'] },
    { name: 'UTF-16BE with BOM', file: roundup, bytes: () => utf16WithBom(realText(roundup), 'be'), encoding: 'utf-16be', repairs: ['encoding', 'bom'] },
    { name: 'UTF-8 with BOM', file: fiveByHundred, bytes: () => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), realBytes(fiveByHundred)])), encoding: 'utf-8', repairs: ['bom'] },
    { name: 'CRLF line endings', file: roundup, bytes: () => new Uint8Array(Buffer.from(realText(roundup).replace(/\n/g, '\r\n'))), encoding: 'utf-8', repairs: ['crlf'] },
    { name: 'UTF-16LE, BOM and CRLF together', file: fiveByHundred, bytes: () => utf16WithBom(realText(fiveByHundred).replace(/\n/g, '\r\n'), 'le'), encoding: 'utf-16le', repairs: ['encoding', 'bom', 'crlf'] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const bytes = c.bytes();
      const result = ingestBytes(c.file, bytes);
      expect(clauseView(result)).toEqual(clauseView(original.get(c.file)!));
      expect(textViolations(c.file, bytes, result)).toEqual([]);
      // Provenance names the encoding the bytes were read in, on the document, every clause and the ledger.
      expect(result.documents[0].source?.encoding).toBe(c.encoding);
      expect(new Set(result.clauses.map((cl) => cl.source.encoding))).toEqual(new Set([c.encoding]));
      expect(result.ledger.encoding).toBe(c.encoding);
      // The sha256 is of the bytes as received, so provenance points at this file, not the UTF-8 original.
      expect(result.ledger.sha256).not.toBe(original.get(c.file)!.ledger.sha256);
      // Each decoding step is a reported repair on line 1.
      expect(result.ledger.repairs.filter((r) => r.line === 1 && ['encoding', 'bom', 'crlf'].includes(r.kind)).map((r) => r.kind).sort()).toEqual([...c.repairs].sort());
    });
  }
});

describe('undecodable bytes are rejected with file, line and byte offset', () => {
  test('a 0xFF byte inside the Jiangsu plan (neither UTF-8 nor GB18030)', () => {
    const bytes = realBytes(plan);
    // Put the stray byte right after the “1.” of clause 1 (line 20: “1.推动基础研究强基。…”).
    const lines = realText(plan).split('\n');
    expect(lines[19].startsWith('1.推动基础研究强基。')).toBe(true);
    const offset = Buffer.from(`${lines.slice(0, 19).join('\n')}\n1.`).length;
    const damaged = new Uint8Array(Buffer.concat([Buffer.from(bytes.subarray(0, offset)), Buffer.from([0xff]), Buffer.from(bytes.subarray(offset))]));
    const outcome = attemptIngest(plan, damaged);
    expect(outcome.kind).toBe('rejected');
    const error = (outcome as { error: IngestError }).error;
    expect(error.message).toBe(`${plan}:20: byte offset ${offset}: not valid UTF-8, and not GB18030 or UTF-16 text either; expected a text file in UTF-8, GB18030/GBK or UTF-16 with BOM`);
  });

  test('a GB18030 file cut in the middle of a two-byte character', () => {
    const gb = readFileSync('tests/fixtures/bad-input/jiangsu-three-year-plan.gb18030.txt');
    // Drop the trail byte of the last character: the lead byte 0xB0–0xF7 alone is not GB18030 or UTF-8.
    let cut = gb.length - 1;
    while (gb[cut] < 0x81) cut--;
    const outcome = attemptIngest(plan, new Uint8Array(gb.subarray(0, cut)));
    expect(outcome.kind).toBe('rejected');
    expect((outcome as { error: IngestError }).error.message).toMatch(new RegExp(`^${plan}:\\d+: byte offset \\d+: not valid UTF-8`));
  });

  test('UTF-16 without a BOM is refused and named as such, not read as garbage', () => {
    const bytes = new Uint8Array(Buffer.from(realText(plan), 'utf16le'));
    const outcome = attemptIngest(plan, bytes);
    expect(outcome.kind).toBe('rejected');
    // The first line starts “- 索”: “-” is 2d 00, so the first NUL is byte 1.
    expect((outcome as { error: IngestError }).error.message).toBe(`${plan}:1: byte offset 1: NUL byte; this looks like UTF-16 without a byte-order mark, which is not accepted; expected a text file in UTF-8, GB18030/GBK or UTF-16 with BOM`);
  });

  test('a NUL character inside otherwise valid UTF-8 is refused with its line', () => {
    const text = realText(plan).replace('1.推动基础研究强基。', '1.推动基础\u0000研究强基。');
    const outcome = attemptIngest(plan, new Uint8Array(Buffer.from(text)));
    expect(outcome.kind).toBe('rejected');
    expect((outcome as { error: IngestError }).error.message).toMatch(new RegExp(`^${plan}:20: byte offset \\d+: NUL byte`));
  });

  test('a UTF-16LE file with an unpaired surrogate is rejected at its byte offset, not crashed on', () => {
    // ff fe, “江” (5f 6c), a newline (0a 00), then a lone high surrogate d800 followed by “苏” (cf 82).
    const outcome = attemptIngest(plan, new Uint8Array([0xff, 0xfe, 0x5f, 0x6c, 0x0a, 0x00, 0x00, 0xd8, 0xcf, 0x82]));
    expect(outcome.kind).toBe('rejected');
    expect((outcome as { error: IngestError }).error.message).toBe(`${plan}:2: byte offset 6: unpaired UTF-16 surrogate; the file starts with a utf-16le byte-order mark, so every character must be valid utf-16le`);
  });

  test('a UTF-8 BOM followed by invalid UTF-8 is rejected, not decoded as GB18030', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('江苏'), Buffer.from([0xc3, 0x28])]));
    const outcome = attemptIngest(plan, bytes);
    expect(outcome.kind).toBe('rejected');
    expect((outcome as { error: IngestError }).error.message).toMatch(new RegExp(`^${plan}:1: byte offset 9: `));
  });
});
