// Every built page is valid HTML according to the Nu HTML Checker (vnu-jar), run once over dist/.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { builtPages, siteDir } from '../browser/helpers.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

test('the Nu HTML Checker finds no errors in any built page', () => {
  expect(builtPages().length, `HTML pages in ${siteDir}/`).toBeGreaterThan(0);
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', siteDir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`could not run java (Java 17 is needed for vnu.jar): ${run.error.message}`);
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`vnu.jar did not print JSON (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  }
  const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  // The same error repeats on every clause of a page: one line per file and message, with a count
  // and the first place it occurs.
  const grouped = new Map<string, { count: number; first: VnuMessage }>();
  for (const m of errors) {
    const file = m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '?');
    const key = `${file}: ${m.message}`;
    const group = grouped.get(key);
    if (group) group.count += 1;
    else grouped.set(key, { count: 1, first: m });
  }
  const listed = [...grouped].map(([key, { count, first }]) => {
    const extract = first.extract ? `  «${first.extract.replace(/\s+/g, ' ').slice(0, 100)}» line ${first.lastLine}` : '';
    return `${key}${count > 1 ? ` (×${count})` : ''}${extract}`;
  });
  expect(errors.length, `${errors.length} HTML errors:\n${listed.slice(0, 80).join('\n')}`).toBe(0);
}, 180_000);
