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
const EXPECTED = 'expected a text file in UTF-8, GB18030/GBK or UTF-16 with BOM';

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
      const nul = bytes.indexOf(0);
      // NUL bytes before the first bad byte, or many of them, are the mark of UTF-16 saved without its byte-order mark.
      if (nul !== -1 && (nul < invalidAt || countZeros(bytes) > bytes.length / 10)) throw new IngestError(file, countLines(bytes, nul), `byte offset ${nul}: NUL byte; this looks like UTF-16 without a byte-order mark, which is not accepted; ${EXPECTED}`);
      throw new IngestError(file, countLines(bytes, invalidAt), `byte offset ${invalidAt}: not valid UTF-8, and not GB18030 or UTF-16 text either; ${EXPECTED}`);
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    // Only input announced by a BOM reaches here undecodable: the BOM promised an encoding the bytes break.
    const bomLength = bytes.length - body.length;
    const at = bomLength + (encoding === 'utf-8' ? firstInvalidUtf8(body) : firstInvalidUtf16(body, encoding === 'utf-16le'));
    const what = encoding === 'utf-8' ? 'not valid UTF-8' : at === bytes.length - 1 ? 'odd number of bytes' : 'unpaired UTF-16 surrogate';
    const line = encoding === 'utf-8' ? countLines(bytes, at) : new TextDecoder(encoding).decode(body.subarray(0, at - bomLength)).split('\n').length;
    throw new IngestError(file, line, `byte offset ${at}: ${what}; the file starts with a ${encoding} byte-order mark, so every character must be valid ${encoding}`);
  }
  if (text.includes('\0')) {
    const index = text.indexOf('\0');
    // NUL is one byte (0x00) in UTF-8 and GB18030, one code unit after the BOM in UTF-16.
    const offset = encoding.startsWith('utf-16') ? 2 + 2 * index : bytes.indexOf(0);
    throw new IngestError(file, text.slice(0, index).split('\n').length, `byte offset ${offset}: NUL byte; a text file never holds one (UTF-16 without a byte-order mark is not accepted); ${EXPECTED}`);
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

/** @returns byte offset (within `bytes`) of the first unpaired surrogate or dangling odd byte, or -1 */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return i < bytes.length ? i : -1;
}

// What a Chinese policy text is made of besides ASCII: ideographs, CJK and full-width punctuation,
// general punctuation (— “ ” …) and Latin letters with tone marks (the roundup's pinyin: dāng, yè).
const CHINESE_TEXT = /[\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00b7\u00c0-\u024f]/u;

/** GB18030 accepts almost any byte pair, so demand that it decodes strictly and reads as mostly Chinese text. */
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
    if (CJK.test(ch) || CHINESE_TEXT.test(ch)) cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii > 0.9;
}

function countZeros(bytes: Uint8Array): number {
  let zeros = 0;
  for (const b of bytes) if (b === 0) zeros++;
  return zeros;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
