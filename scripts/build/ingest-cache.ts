import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashInputs } from './input-stamp.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A cache of parsed sources keyed by content: the source's bytes, its manifest entry, the ingest
 * vocabularies and the ingest code. A hit skips every ingest stage for that file; any change misses.
 */
export class IngestCache {
  readonly dir: string;
  private readonly version: string;

  /**
   * @param dir cache folder
   * @param vocabFiles the vocabulary files the ingest stages read
   */
  constructor(dir: string, vocabFiles: string[]) {
    this.dir = dir;
    this.version = hashInputs([join(root, 'scripts/ingest'), join(root, 'src/schemas'), ...vocabFiles]);
  }

  /** @returns the cache key of one source */
  key(bytes: Uint8Array, entry: unknown): string {
    return createHash('sha256').update(this.version).update(JSON.stringify(entry)).update(bytes).digest('hex');
  }

  /** @returns the cached result, or undefined */
  get<T>(key: string): T | undefined {
    const path = join(this.dir, `${key}.json`);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
  }

  /** Store a result: written beside its place and renamed in, so an ingest running at the same time never reads half a file. */
  set(key: string, value: unknown): void {
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, `${key}.json`);
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, path);
  }
}
