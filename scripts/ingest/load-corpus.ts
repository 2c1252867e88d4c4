import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import type { z } from 'zod';
import { IngestError } from './ingest-error.ts';
import { SourceManifestSchema, type SourceManifestEntry } from '../../src/schemas/manifest.ts';
import { PageChromeSchema, type PageChrome } from '../../src/schemas/page-chrome.ts';
import { ErrataSchema, type Erratum } from '../../src/schemas/erratum.ts';
import { ProvincesSchema } from '../../src/schemas/province.ts';

/**
 * Read a YAML data file and validate it; errors name the file and the line of the offending value.
 * @param path file path
 * @param schema zod schema for the whole file
 * @returns the validated value
 */
export function readYaml<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new IngestError(path, lineCounter.linePos(error.pos[0]).line, `YAML syntax: ${error.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0];
    const node = doc.getIn(issue.path as Array<string | number>, true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : null;
    throw new IngestError(path, line, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

export interface Corpus {
  sourcesDir: string;
  manifest: SourceManifestEntry[];
  chrome: PageChrome;
  errata: Erratum[];
  provinceHeadings: Map<string, string>;
}

/**
 * Load the source manifest and the ingest vocabularies.
 * @param sourcesDir folder holding the raw texts and `sources.yaml`
 * @param vocabDir folder holding the vocabularies
 * @returns everything the ingest reads besides the raw bytes
 */
export function loadCorpus(sourcesDir: string, vocabDir: string): Corpus {
  const manifest = readYaml(join(sourcesDir, 'sources.yaml'), SourceManifestSchema);
  const ids = new Set<string>();
  for (const entry of manifest) {
    for (const id of [entry.id, ...entry.references.map((r) => r.id)]) {
      if (ids.has(id)) throw new IngestError(join(sourcesDir, 'sources.yaml'), null, `document id ${id} is declared twice`);
      ids.add(id);
    }
  }
  const provinces = readYaml(join(vocabDir, 'provinces.yaml'), ProvincesSchema);
  return {
    sourcesDir,
    manifest,
    chrome: readYaml(join(vocabDir, 'page-chrome.yaml'), PageChromeSchema),
    errata: readYaml(join(vocabDir, 'errata.yaml'), ErrataSchema),
    provinceHeadings: new Map(provinces.map((p) => [p.heading, p.id])),
  };
}

