// A GB18030 encoder for the fuzz test. Node's TextEncoder only writes UTF-8, so the table is built by
// running the real decoder (TextDecoder('gb18030')) over every two-byte code and every four-byte code of
// the Basic Multilingual Plane, and inverting it: what we write is exactly what the ingest will read back.
let table: Map<string, number[]> | null = null;

function buildTable(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const ch = decoder.decode(new Uint8Array(bytes));
      if ([...ch].length === 1 && !map.has(ch)) map.set(ch, bytes);
    } catch {
      // Not a valid code: nothing to invert.
    }
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  // Four-byte codes b1 b2 b3 b4 (b1, b3 in 81–FE; b2, b4 in 30–39) from 81 30 81 30 up to the end of the BMP.
  for (let index = 0; index < 39420; index++) {
    const b4 = 0x30 + (index % 10);
    const b3 = 0x81 + (Math.floor(index / 10) % 126);
    const b2 = 0x30 + (Math.floor(index / 1260) % 10);
    const b1 = 0x81 + Math.floor(index / 12600);
    add([b1, b2, b3, b4]);
  }
  return map;
}

/**
 * Encode text as GB18030.
 * @param text well-formed text (no lone surrogates)
 * @returns its GB18030 bytes
 * @throws Error for a character without a code (a lone surrogate)
 */
export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    if (code > 0xffff) {
      // Supplementary planes are a linear four-byte range starting at 90 30 81 30.
      const index = code - 0x10000;
      out.push(0x90 + Math.floor(index / 12600), 0x30 + (Math.floor(index / 1260) % 10), 0x81 + (Math.floor(index / 10) % 126), 0x30 + (index % 10));
      continue;
    }
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`no GB18030 code for U+${code.toString(16)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}
