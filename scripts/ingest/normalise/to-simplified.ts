import * as OpenCC from 'opencc-js';

// OpenCC's maintained dictionaries: Taiwan-standard traditional (tw), which also converts phrase-dependent characters such as 標志著 → 标志着, to mainland simplified (cn).
const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Convert traditional characters to simplified with OpenCC.
 * @param line text in traditional characters
 * @returns the same text in simplified characters
 */
export function toSimplified(line: string): string {
  return convert(line);
}
