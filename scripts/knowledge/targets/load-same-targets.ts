import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { SameTargetDeclarationsSchema, type SameTargetDeclaration } from '../../../src/schemas/target.ts';
import { parseVocabFile } from '../load-vocab.ts';

const DECLARATIONS_FILE = relative(process.cwd(), fileURLToPath(new URL('../../../content/vocab/same-targets.yaml', import.meta.url)));

let cached: SameTargetDeclaration[] | undefined;

/**
 * Read and validate content/vocab/same-targets.yaml (once per process), as the other vocabularies are read: a problem
 * stops the build naming the file and line. The reviewed decisions on whether two statements set the same target.
 * @returns the declarations
 */
export function loadSameTargetDeclarations(): SameTargetDeclaration[] {
  cached ??= parseVocabFile(readFileSync(DECLARATIONS_FILE, 'utf8'), DECLARATIONS_FILE, SameTargetDeclarationsSchema).value.declarations;
  return cached;
}
