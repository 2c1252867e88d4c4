import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { TargetVocabSchema, type TargetVocab } from '../../../src/schemas/target.ts';

const VOCAB_URL = new URL('../../../content/vocab/target-categories.yaml', import.meta.url);

let cached: TargetVocab | undefined;

/**
 * Read and validate content/vocab/target-categories.yaml (once per process).
 * @returns the validated target vocabulary
 */
export function loadTargetVocab(): TargetVocab {
  cached ??= TargetVocabSchema.parse(parse(readFileSync(VOCAB_URL, 'utf8')));
  return cached;
}
