import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { SameTargetDeclarationsSchema, type SameTargetsFile } from '../../../src/schemas/target.ts';
import { parseVocabFile, type ParsedVocabFile } from '../load-vocab.ts';

const DECLARATIONS_FILE = relative(process.cwd(), fileURLToPath(new URL('../../../content/vocab/same-targets.yaml', import.meta.url)));

let cached: ParsedVocabFile<SameTargetsFile> | undefined;

/**
 * Read and validate content/vocab/same-targets.yaml (once per process), as the other vocabularies are read: a problem
 * stops the build naming the file and line.
 * @returns the file's value, with the line of each of its entries (for checks against the corpus)
 */
export function loadSameTargetsFile(): ParsedVocabFile<SameTargetsFile> {
  cached ??= parseVocabFile(readFileSync(DECLARATIONS_FILE, 'utf8'), DECLARATIONS_FILE, SameTargetDeclarationsSchema);
  return cached;
}
