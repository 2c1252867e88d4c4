import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Total size and file count of a folder, recursively.
 * @param dir folder
 * @param filter optional test on the relative path
 * @returns bytes and files
 */
export function dirSize(dir: string, filter: (path: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!filter(path)) continue;
    bytes += statSync(path).size;
    files++;
  }
  return { bytes, files };
}
