import { createHash } from 'node:crypto';
import { IngestError } from './ingest-error.ts';

export interface DecodedSource {
  file: string;
  /** Decoded text with BOM removed and CRLF/CR turned into LF. */
  text: string;
  /** Encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  sha256: string;
  hadBom: boolean;
  hadCrlf: boolean;
}

const CJK = /[\u3400-\u9fff]/u;

/**
 * Decode raw bytes of a source text, detecting UTF-8 (with or without BOM), UTF-16 (BOM) and GB18030.
 * @param file file name, for errors
 * @param bytes raw file contents
 * @returns the decoded source
 * @throws IngestError naming file, line and byte offset when the bytes are empty or not text in a known encoding
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new IngestError(file, null, 'the file is empty; expected a policy text');
  let encoding: DecodedSource['encoding'];
  let body = bytes;
  let hadBom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8'; body = bytes.subarray(3); hadBom = true;
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le'; body = bytes.subarray(2); hadBom = true;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be'; body = bytes.subarray(2); hadBom = true;
  } else {
    const invalidAt = firstInvalidUtf8(bytes);
    if (invalidAt === -1) encoding = 'utf-8';
    else if (looksLikeGb18030(bytes)) encoding = 'gb18030';
    else {
      const line = countLines(bytes, invalidAt);
      throw new IngestError(file, line, `byte offset ${invalidAt}: not valid UTF-8, and not GB18030 or UTF-16 text either; expected a text file in UTF-8, GB18030/GBK or UTF-16 with BOM`);
    }
  }
  let text = new TextDecoder(encoding, { fatal: true }).decode(body);
  if (text.includes('\0')) {
    const offset = text.indexOf('\0');
    throw new IngestError(file, text.slice(0, offset).split('\n').length, `character offset ${offset}: NUL character; expected text (UTF-16 without a BOM is not accepted)`);
  }
  const hadCrlf = /\r/.test(text);
  if (hadCrlf) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(file, null, 'the file has only white space; expected a policy text');
  return { file, text, encoding, sha256, hadBom, hadCrlf };
}

/** @returns byte offset of the first invalid UTF-8 sequence, or -1 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong and surrogate forms are invalid too.
    if (b === 0xe0 && bytes[i + 1] < 0xa0) return i;
    if (b === 0xed && bytes[i + 1] > 0x9f) return i;
    if (b === 0xf0 && bytes[i + 1] < 0x90) return i;
    if (b === 0xf4 && bytes[i + 1] > 0x8f) return i;
    i += need + 1;
  }
  return -1;
}

/** GB18030 accepts almost any byte pair, so demand that it decodes strictly and reads as mostly CJK. */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (CJK.test(ch) || /[\u3000-\u303f\uff00-\uffef\u2014\u201c\u201d]/u.test(ch)) cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii > 0.9;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
