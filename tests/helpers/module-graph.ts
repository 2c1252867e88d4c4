// Which local modules a script runs: the files reached from it by value imports (type-only imports
// do not run). Tests use it to check that a build step's no-change stamp covers all of its code.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * @param entry absolute path of the script
 * @returns absolute paths of the entry and every local module it reaches
 */
export function localModules(entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^import (?!type )[^;]*? from '(\.{1,2}\/[^']+)';/gmu)) visit(join(dirname(file), spec!));
  };
  visit(entry);
  return reached;
}
