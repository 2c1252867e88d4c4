// XSS guard: a hostile source text (markup, MDX expressions, ESM lines, javascript: links) is built
// into a throwaway site; in Chromium no dialog fires and the hostile text shows literally.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, openSite, type SiteSession } from '../browser/helpers.ts';

const hostileSources = 'tests/fixtures/hostile';
// The real vocabularies, but search synonyms the hostile text writes (省发展改革委): the real file's 人工智能, 工信部 …
// are in none of its text, so the site's synonym search would have nothing to expand here.
const hostileSynonyms = 'synonyms:\n  - forms: [发展改革委, 发改委, 发展和改革委员会]\n';
const documentPath = '/documents/hostile-plan/';
const workDir = mkdtempSync(join(tmpdir(), 'atlas-xss-'));
const outDir = join(workDir, 'dist');
let site: SiteSession;

/** Runs one build step with the throwaway site's paths; throws with the step's output on failure. */
function buildStep(args: string[]): void {
  const env = {
    ...process.env,
    ATLAS_SOURCES_DIR: hostileSources,
    ATLAS_DATA_DIR: join(workDir, 'public/data'),
    ATLAS_PUBLIC_DIR: join(workDir, 'public'),
    ATLAS_MDX_DIR: join(workDir, 'mdx'),
    ATLAS_OUT_DIR: outDir,
    ATLAS_VOCAB_DIR: join(workDir, 'vocab'),
  };
  try {
    execFileSync(process.execPath, args, { env, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`building the hostile site failed at \`node ${args.join(' ')}\`:\n${stderr || ''}\n${(stdout || '').slice(-3000)}`);
  }
}

// Astro keeps its content-layer store in cacheDir (node_modules/.astro): a build of other MDX there
// would leave the hostile entries behind for the real site's next build. A wrapper config gives the
// throwaway site a cache of its own.
function writeIsolatedConfig(): string {
  const config = join(workDir, 'astro.config.mjs');
  const base = pathToFileURL(resolve('astro.config.mjs')).href;
  writeFileSync(config, `import base from ${JSON.stringify(base)};\nexport default { ...base, cacheDir: ${JSON.stringify(join(workDir, 'cache'))} };\n`);
  return relative(process.cwd(), config); // Astro joins --config onto the project root.
}

beforeAll(async () => {
  cpSync('content/vocab', join(workDir, 'vocab'), { recursive: true });
  writeFileSync(join(workDir, 'vocab', 'search-synonyms.yaml'), hostileSynonyms);
  // No priority lists: the real ones quote the real sources, which the hostile site does not hold, and a page naming
  // the text a quote is in stops the build on a list whose text is not there.
  const sectors = readFileSync(join(workDir, 'vocab', 'sectors.yaml'), 'utf8');
  writeFileSync(join(workDir, 'vocab', 'sectors.yaml'), `${sectors.slice(0, sectors.indexOf('\npriorities:\n'))}\npriorities: []\n`);
  // The site's own scripts, so they run on the hostile text too (the reader's search marks, the copy buttons).
  cpSync('public/scripts', join(workDir, 'public/scripts'), { recursive: true });
  buildStep(['scripts/ingest.ts']);
  buildStep(['node_modules/astro/bin/astro.mjs', 'build', '--config', writeIsolatedConfig()]);
  site = await openSite(outDir);
}, 300_000);

afterAll(async () => {
  await site?.close();
  rmSync(workDir, { recursive: true, force: true });
});

// Fragments of tests/fixtures/hostile/hostile-plan-2024.txt, as they read after normalisation.
const literals = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{alert(1)}',
  "import x from 'y'",
  'export const a = 1',
  'javascript:alert',
  '<svg onload=alert(1)>',
];

describe('hostile source text', () => {
  test('the document page shows the hostile text literally and runs none of it', async () => {
    const { page, dialogs, errors } = await site.newPage();
    const response = await page.goto(site.url(documentPath));
    expect(response?.status(), `${documentPath} was built`).toBe(200);
    await page.waitForTimeout(500);
    expect(dialogs, 'dialogs fired').toEqual([]);
    expect(errors, 'JavaScript errors').toEqual([]);

    const text = await page.locator('main').innerText();
    for (const literal of literals) expect(text, `visible text shows ${literal}`).toContain(literal);
    expect(await page.locator('h1').innerText(), 'the title from sources.yaml shows literally').toContain('<script>alert(1)</script>');

    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      svgs: document.querySelectorAll('main svg[onload]').length,
      handlers: document.querySelectorAll('[onerror], [onload]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(1)') && s.type !== 'application/json').length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    }));
    expect(injected).toEqual({ images: 0, svgs: 0, handlers: 0, scripts: 0, javascriptLinks: 0 });
    await page.context().close();
  });

  test('a search result’s query that is markup, and that the clause holds as text, is marked as text and runs nothing', async () => {
    const { page, dialogs, errors } = await site.newPage();
    // Clause 1 writes 在正文中写入<script>alert(1)</script>和{alert(1)}两段文字; clause 3 writes 概念验证中心<img src=x onerror=alert(1)>.
    // A query's words are cut at its spaces, as the search page cuts them: <img, src=x and onerror=alert(1)> apart.
    const cases = [['<script>alert(1)</script>', 'c1', ['<script>alert(1)</script>']], ['<img src=x onerror=alert(1)>', 'c3', ['<img', 'src=x', 'onerror=alert(1)>']]] as const;
    for (const [query, anchor, marked] of cases) {
      await page.goto(site.url(`${documentPath}?q=${encodeURIComponent(query)}#${anchor}`), { waitUntil: 'load' });
      const marks = page.locator('mark.query-hit');
      await expect.poll(() => marks.allTextContents(), { message: query }).toEqual(marked);
      expect(await marks.evaluateAll((all) => all.map((mark) => [mark.closest('.clause')?.id, mark.childElementCount])), query).toEqual(marked.map(() => [anchor, 0]));
    }
    const injected = await page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror], [onload]').length + [...document.scripts].filter((s) => s.textContent?.includes('alert(1)')).length);
    expect(injected).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('no page of the hostile site fires a dialog', async () => {
    const pages = builtPages(outDir);
    expect(pages).toContain(documentPath);
    const fired: string[] = [];
    const { page, dialogs } = await site.newPage();
    for (const path of pages) {
      // Inline handlers (onerror, onload) fire before the load event that goto waits for.
      await page.goto(site.url(path), { waitUntil: 'load' });
      fired.push(...dialogs.splice(0).map((dialog) => `${path}: ${dialog}`));
    }
    expect(fired).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('no built HTML file carries the hostile markup unescaped', () => {
    // Inside a quoted attribute value (a title tooltip) `<` is inert text, so those values are blanked;
    // anywhere else, including an inline JSON script it could break out of, the tag must be escaped.
    const raw = builtPages(outDir)
      .map((path) => join(outDir, path.endsWith('/') ? `${path}index.html` : path))
      .filter((file) => /<script>alert\(1\)|<img src=x|<svg onload=/.test(readFileSync(file, 'utf8').replace(/="[^"]*"/g, '=""')));
    expect(raw, 'files containing live hostile tags').toEqual([]);
  });

  test('the RSS feed and the sitemap carry the hostile title and issuer as escaped text', () => {
    const feed = readFileSync(join(outDir, 'feed.xml'), 'utf8');
    expect(feed).not.toMatch(/<script>alert\(1\)|<img src=x/u);
    // The title and the description (which names the issuer) are there, escaped.
    expect(feed).toContain('<title>江苏省&lt;script&gt;alert(1)&lt;/script&gt;未来产业测试行动方案（2024-2026年）</title>');
    expect(feed).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).not.toMatch(/<script>|<img/u);
  });
});
