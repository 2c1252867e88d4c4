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
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '?');
      return `${file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `  «${m.extract.replace(/\s+/g, ' ').slice(0, 120)}»` : ''}`;
    });
  expect(errors.length, `${errors.length} HTML errors:\n${errors.slice(0, 80).join('\n')}`).toBe(0);
}, 180_000);
