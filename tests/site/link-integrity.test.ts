// Crawl the built site from `/`: every internal link and anchor resolves, and every page is reachable.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { builtPages, requireBuiltSite, siteDir } from '../browser/helpers.ts';

// Absolute links to the site's own origin (astro.config.mjs `site`) count as internal.
const siteOrigin = 'https://atlas.example.org';
const crawlOrigin = 'http://site.invalid';

/** Decodes the HTML character references that appear in attribute values. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref[0] !== '#') return named[ref.toLowerCase()]!;
    return String.fromCodePoint(ref[1]!.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

/** Attribute values of `name` on every tag, ignoring the bodies of inline scripts and styles. */
function attributeValues(html: string, name: string): string[] {
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  const pattern = new RegExp(`<[a-z][^>]*?\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'gi');
  return [...markup.matchAll(pattern)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
}

/** The dist/ file a site path is served from, or null when none (mirrors scripts/serve.ts). */
function fileFor(path: string): string | null {
  const file = join(siteDir, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

/** The site path of a built HTML file, as builtPages() names it (`dist/a/index.html` → `/a/`). */
function sitePathOf(file: string): string {
  return '/' + relative(siteDir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
}

interface Page {
  ids: Set<string>;
  links: string[];
}
const parsed = new Map<string, Page | null>();

/** The ids and outgoing links of a built HTML file. */
function readPage(file: string): Page {
  if (!parsed.has(file)) {
    const html = readFileSync(file, 'utf8');
    const ids = new Set([...attributeValues(html, 'id'), ...attributeValues(html, 'name')]);
    parsed.set(file, { ids, links: [...attributeValues(html, 'href'), ...attributeValues(html, 'src')] });
  }
  return parsed.get(file)!;
}

const broken: string[] = [];
const reached = new Set<string>();

beforeAll(() => {
  requireBuiltSite();
  const queue = ['/'];
  reached.add('/');
  while (queue.length > 0) {
    const from = queue.shift()!;
    const file = fileFor(from);
    if (!file) continue;
    for (const raw of readPage(file).links) {
      if (raw === '' || raw === '#') continue;
      if (/^javascript:/i.test(raw.trim())) {
        broken.push(`${from} → ${raw} (javascript: link)`);
        continue;
      }
      const url = new URL(raw.startsWith(siteOrigin) ? raw.slice(siteOrigin.length) || '/' : raw, crawlOrigin + from);
      if (url.origin !== crawlOrigin) continue; // external, mailto:, data:
      const targetFile = fileFor(url.pathname);
      if (!targetFile) {
        broken.push(`${from} → ${url.pathname} (no such file in ${siteDir}/)`);
        continue;
      }
      if (targetFile.endsWith('.html')) {
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !readPage(targetFile).ids.has(anchor)) broken.push(`${from} → ${raw} (no id="${anchor}" on ${url.pathname})`);
        const pagePath = sitePathOf(targetFile);
        if (!reached.has(pagePath)) {
          reached.add(pagePath);
          queue.push(pagePath);
        }
      }
    }
  }
});

test('the site was built', () => {
  expect(existsSync(join(siteDir, 'index.html')), `${siteDir}/index.html`).toBe(true);
});

test('every internal link and #anchor resolves', () => {
  // Grouped by target: one missing page is linked from many pages.
  const byTarget = new Map<string, string[]>();
  for (const entry of new Set(broken)) {
    const [from, target] = entry.split(' → ') as [string, string];
    byTarget.set(target, [...(byTarget.get(target) ?? []), from]);
  }
  const report = [...byTarget]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([target, froms]) => `${target} ← ${froms.slice(0, 2).join(', ')}${froms.length > 2 ? ` and ${froms.length - 2} more pages` : ''}`);
  expect(broken.length, `${byTarget.size} broken link targets:\n${report.slice(0, 60).join('\n')}`).toBe(0);
});

test('every built page is reachable from the home page', () => {
  const unreachable = builtPages().filter((path) => path !== '/404.html' && !reached.has(path));
  expect(unreachable, 'pages no link path leads to from /').toEqual([]);
});
