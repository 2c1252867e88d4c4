// Static hardening checks on every built page: a Content-Security-Policy meta tag whose script-src allows
// no inline script, no inline event handlers, no inline <script> (JSON-LD data aside), no javascript:
// URLs, and external links that carry rel="noopener noreferrer".
// It reads dist/ (ATLAS_OUT_DIR) as built; when dist/ has no index.html it runs `npm run build` once and
// fails with the build's output if that fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { startTags, type StartTag } from './html-tags.ts';

const siteDir = process.env.ATLAS_OUT_DIR || 'dist';
const siteOrigin = 'https://atlas.example.org';
let pages: Array<{ file: string; tags: StartTag[] }> = [];

/** @returns every .html file below a folder (Pagefind's UI included: it is served too) */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

beforeAll(() => {
  if (!existsSync(join(siteDir, 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (build.status !== 0) throw new Error(`${siteDir}/index.html is missing and npm run build failed:\n${`${build.stdout}${build.stderr}`.slice(-3000)}`);
  }
  pages = htmlFiles(siteDir).map((file) => ({ file: relative(siteDir, file), tags: startTags(readFileSync(file, 'utf8')) }));
}, 600_000);

/** @returns "page:line <tag …>" for each offending tag */
function offenders(test: (tag: StartTag) => boolean): string[] {
  return pages.flatMap((p) => p.tags.filter(test).map((t) => `${p.file}:${t.line} <${t.name} ${[...t.attributes].map(([k, v]) => `${k}="${v}"`).join(' ')}>`));
}

describe('every built page', () => {
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  test('has a Content-Security-Policy meta tag that allows no inline script, eval, plug-ins or foreign base', () => {
    for (const page of pages) {
      const csp = page.tags.filter((t) => t.name === 'meta' && t.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(csp.length, `${page.file}: CSP meta tags`).toBe(1);
      const directives = new Map(csp[0].attributes.get('content')!.split(';').map((d) => d.trim().split(/\s+/u)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
      const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
      expect(scriptSrc, `${page.file}: script-src`).not.toContain("'unsafe-inline'");
      expect(scriptSrc, `${page.file}: script-src`).not.toContain("'unsafe-eval'");
      expect(scriptSrc.filter((s) => s === '*' || /^(https?:|data:)/u.test(s)), `${page.file}: script-src sources beyond the site`).toEqual([]);
      expect(directives.get('object-src'), `${page.file}: object-src`).toEqual(["'none'"]);
      expect(directives.get('base-uri'), `${page.file}: base-uri`).toEqual(["'self'"]);
    }
  });

  test('has no inline event handler attributes (on…=)', () => {
    expect(offenders((t) => [...t.attributes.keys()].some((name) => /^on[a-z]+$/u.test(name)))).toEqual([]);
  });

  test('has no inline <script> without src, except JSON-LD data', () => {
    const inline = offenders((t) => t.name === 'script' && !t.attributes.has('src') && t.attributes.get('type') !== 'application/ld+json' && (t.content ?? '').trim() !== '');
    expect(inline).toEqual([]);
  });

  test('has no javascript: or data: URL in a link, frame or script', () => {
    const unsafe = offenders((t) => ['href', 'src', 'action', 'formaction'].some((name) => /^\s*(javascript|vbscript|data):/iu.test(t.attributes.get(name) ?? '')));
    expect(unsafe).toEqual([]);
  });

  test('links to other sites carry rel="noopener noreferrer"', () => {
    const external = (t: StartTag) => t.name === 'a' && /^(https?:)?\/\//iu.test(t.attributes.get('href') ?? '') && !(t.attributes.get('href') ?? '').startsWith(siteOrigin);
    const withoutRel = offenders((t) => external(t) && !['noopener', 'noreferrer'].every((r) => (t.attributes.get('rel') ?? '').split(/\s+/u).includes(r)));
    expect(withoutRel).toEqual([]);
  });
});

describe('the tag scanner', () => {
  // Real fragments of built pages, and the hostile text the source fixtures hold, escaped as Astro writes it.
  test('reads attributes with quotes and > inside values, and ignores escaped markup in text', () => {
    const html = '<p title="a > b" class=x>正文中的&lt;img src=x onerror=alert(1)&gt;必须原样显示</p><a href="https://example.org" rel="noopener noreferrer">x</a><!-- <a onclick="x"> -->';
    const tags = startTags(html);
    expect(tags.map((t) => t.name)).toEqual(['p', 'a']);
    expect(tags[0].attributes.get('title')).toBe('a > b');
    expect(tags[1].attributes.get('rel')).toBe('noopener noreferrer');
  });

  test('finds an inline handler and an inline script when they are there', () => {
    const tags = startTags('<img src=x onerror="alert(1)"><script>alert(1)</script><script type="application/ld+json">{}</script>');
    expect([...tags[0].attributes.keys()]).toEqual(['src', 'onerror']);
    expect(tags[1]).toMatchObject({ name: 'script', content: 'alert(1)' });
    expect(tags[2].attributes.get('type')).toBe('application/ld+json');
  });
});
