import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Hash the contents of files and folders (recursively, in a fixed order), with extra strings such as settings.
 * @param paths files or folders; missing ones count as absent, not as an error
 * @param extra other inputs that change the output (environment variables, arguments)
 * @returns hex sha256 over paths, names and bytes
 */
export function hashInputs(paths: string[], extra: string[] = []): string {
  const hash = createHash('sha256');
  for (const value of extra) hash.update(`extra\0${value}\0`);
  const visit = (path: string) => {
    if (!existsSync(path)) {
      hash.update(`absent\0${path}\0`);
      return;
    }
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(`file\0${path}\0`);
    hash.update(readFileSync(path));
  };
  for (const path of paths) visit(path);
  return hash.digest('hex');
}

/** @returns true when the stamp file holds this hash, i.e. the step's inputs have not changed since it last succeeded */
export function isFresh(stampFile: string, hash: string): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
}

/** Record that a step succeeded for these inputs. */
export function writeStamp(stampFile: string, hash: string): void {
  writeFileSync(stampFile, hash);
}

/**
 * Write a file only when its content differs, so tools that watch modification times or content
 * digests (Astro's content layer) see no change where there is none.
 * @returns true when the file was written
 */
export function writeIfChanged(path: string, content: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  writeFileSync(path, content);
  return true;
}
