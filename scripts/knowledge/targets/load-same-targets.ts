import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SameTargetDeclarationsSchema, type SameTargetDeclaration } from '../../../src/schemas/target.ts';

const DECLARATIONS_URL = new URL('../../../content/vocab/same-targets.yaml', import.meta.url);

let cached: SameTargetDeclaration[] | undefined;

/**
 * Read and validate content/vocab/same-targets.yaml (once per process): the reviewed decisions on whether two
 * statements set the same target.
 * @returns the declarations
 */
export function loadSameTargetDeclarations(): SameTargetDeclaration[] {
  cached ??= SameTargetDeclarationsSchema.parse(parse(readFileSync(DECLARATIONS_URL, 'utf8'))).declarations;
  return cached;
}
