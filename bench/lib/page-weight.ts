// Page weight per page type, measured on the built files: the HTML, and the CSS and JS it loads
// (stylesheets, scripts, module preloads, island components and what their modules import), gzipped.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  url: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** Inline <script> and <style> bytes are counted in the HTML; these list the external files. */
  cssFiles: number;
  jsFiles: number;
}

const gz = (buffer: Buffer | string) => gzipSync(buffer).length;

/** Page types of the site: URL pattern and the folder whose first entry stands for the type. */
const PAGE_TYPES: Array<{ type: string; folder: string | null; depth?: number; url?: string }> = [
  { type: 'home', folder: null },
  { type: 'document-index', folder: null, url: '/documents/' },
  { type: 'document', folder: 'documents' },
  { type: 'province', folder: 'provinces' },
  { type: 'compare', folder: null },
  { type: 'search', folder: null },
  { type: 'sector', folder: 'sectors' },
  { type: 'measure', folder: 'measures' },
  { type: 'department', folder: 'departments', depth: 2 },
];

/**
 * Measure one page of every page type that exists in the built site.
 * @param dist built site folder
 * @returns page weight by type
 */
export function measurePageWeights(dist: string): Record<string, PageWeight> {
  const result: Record<string, PageWeight> = {};
  for (const pageType of PAGE_TYPES) {
    const url = pageType.url
      ? (existsSync(join(dist, pageType.url, 'index.html')) ? pageType.url : null)
      : representativeUrl(dist, pageType.type, pageType.folder, pageType.depth ?? 1);
    if (url) result[pageType.type] = measurePage(dist, url);
  }
  return result;
}

function representativeUrl(dist: string, type: string, folder: string | null, depth: number): string | null {
  if (type === 'home') return existsSync(join(dist, 'index.html')) ? '/' : null;
  if (!folder) return existsSync(join(dist, type, 'index.html')) ? `/${type}/` : null;
  let path = folder;
  for (let level = 0; level < depth; level++) {
    const dir = join(dist, path);
    if (!existsSync(dir)) return null;
    // The largest entry: the heaviest page of the type is the honest one to report.
    // Numbered folders are a paginated list's later pages (/documents/2/), not pages of the type.
    const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !/^\d+$/u.test(e.name)).map((e) => e.name).sort();
    if (entries.length === 0) return null;
    path = posix.join(path, level === depth - 1 ? largestPage(dist, path, entries) : entries[0]);
  }
  return existsSync(join(dist, path, 'index.html')) ? `/${path}/` : null;
}

function largestPage(dist: string, path: string, entries: string[]): string {
  let best = entries[0];
  let bestSize = -1;
  for (const entry of entries) {
    const file = join(dist, path, entry, 'index.html');
    if (!existsSync(file)) continue;
    const size = statSync(file).size;
    if (size > bestSize) [best, bestSize] = [entry, size];
  }
  return best;
}

function measurePage(dist: string, url: string): PageWeight {
  const html = readFileSync(join(dist, url, 'index.html'), 'utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*>/giu)) {
    const tag = m[0];
    const href = /href="([^"]+)"/iu.exec(tag)?.[1];
    if (!href || /^https?:/u.test(href)) continue;
    if (/rel="?stylesheet/iu.test(tag)) css.add(href);
    if (/rel="?modulepreload/iu.test(tag)) js.add(href);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/giu)) js.add(m[1]);
  for (const m of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/giu)) js.add(m[1]);
  // Modules import further chunks: follow relative imports.
  const queue = [...js];
  while (queue.length) {
    const src = queue.pop()!;
    const file = join(dist, src.split('?')[0]);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/gu)) {
      const next = posix.join(posix.dirname(src), m[1]);
      if (!js.has(next)) {
        js.add(next);
        queue.push(next);
      }
    }
  }
  const size = (files: Set<string>) => [...files].reduce((n, f) => n + (existsSync(join(dist, f)) ? gz(readFileSync(join(dist, f))) : 0), 0);
  return { url, htmlGzip: gz(html), cssGzip: size(css), jsGzip: size(js), cssFiles: css.size, jsFiles: js.size };
}
