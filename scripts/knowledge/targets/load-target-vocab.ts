import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { TargetVocabSchema, type TargetVocab } from '../../../src/schemas/target.ts';
import { parseVocabFile } from '../load-vocab.ts';

const VOCAB_FILE = relative(process.cwd(), fileURLToPath(new URL('../../../content/vocab/target-categories.yaml', import.meta.url)));

let cached: TargetVocab | undefined;

/**
 * Read and validate content/vocab/target-categories.yaml (once per process), as the other vocabularies are read:
 * a problem stops the build naming the file and line.
 * @returns the validated target vocabulary
 */
export function loadTargetVocab(): TargetVocab {
  cached ??= parseVocabFile(readFileSync(VOCAB_FILE, 'utf8'), VOCAB_FILE, TargetVocabSchema).value;
  return cached;
}
