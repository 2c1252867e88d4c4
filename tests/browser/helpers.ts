// Shared plumbing for the real-browser tests: launch Debian's Chromium, serve a built site,
// discover its pages by type, take screenshots.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { parse } from 'yaml';
import { startServer, type RunningServer } from '../../scripts/serve.ts';

/** Where the system Chromium lives; CI installs it with apt. Never a downloaded browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The built site: dist/, or wherever ATLAS_OUT_DIR sends the build. */
export const siteDir = process.env.ATLAS_OUT_DIR || 'dist';
export const screenshotDir = 'test-artifacts/screenshots';

/** The page types of the site, keyed by the first URL segment ('' is the home page), or the first two where a
 *  section holds a second kind of detail page (SUBSECTION_TYPES). */
export const expectedPageTypes = [
  'home', 'provinces', 'documents', 'sectors', 'measures', 'departments', 'department-functions', 'compare', 'search', 'data', 'about', 'sources',
] as const;

/** Second URL segments that are a page type of their own: /departments/functions/<id>/ sets several provinces'
 *  bodies side by side, a different page from one body's /departments/<province>/<id>/. */
const SUBSECTION_TYPES: Record<string, string> = { 'departments/functions': 'department-functions' };
export type PageType = (typeof expectedPageTypes)[number];

export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * Launches headless Chromium from /usr/bin/chromium. Playwright gives every launch a fresh
 * temporary --user-data-dir (it refuses one passed in args).
 * @returns the browser; throws with install instructions when Chromium is missing
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. The browser tests need Debian's Chromium: ` +
        'apt-get update && apt-get install -y chromium (and fonts-noto-cjk for the screenshots).',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A browser plus a server for one built site, for a test file's beforeAll/afterAll. */
export interface SiteSession {
  browser: Browser;
  server: RunningServer;
  /** Absolute URL of a site path. */
  url: (path: string) => string;
  /** A new page in a new context; dialogs and page errors are recorded on it. */
  newPage: (options?: BrowserContextOptions) => Promise<RecordedPage>;
  close: () => Promise<void>;
}

/** A page with what went wrong on it: JavaScript errors and dialogs (alert, confirm…). */
export interface RecordedPage {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/**
 * Serves a built site and launches Chromium.
 * @param dir built site folder (default dist/)
 * @returns the session; call close() in afterAll
 */
export async function openSite(dir = siteDir): Promise<SiteSession> {
  if (dir === siteDir) requireBuiltSite();
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: the site was not built`);
  const server = await startServer(dir);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  const url = (path: string) => server.url + path;
  return {
    browser,
    server,
    url,
    newPage: async (options = {}) => {
      const context = await browser.newContext({ viewport: viewports.desktop, locale: 'zh-CN', ...options });
      const page = await context.newPage();
      const recorded: RecordedPage = { page, errors: [], dialogs: [] };
      page.on('pageerror', (error) => recorded.errors.push(error.message));
      page.on('dialog', (dialog) => {
        recorded.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      return recorded;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Throws the global setup's build failure, so no test passes or fails against a stale dist/. */
export function requireBuiltSite(): void {
  const error = inject('siteBuildError');
  if (error) throw new Error(error);
}

/** Every built HTML page as a site path (`/documents/x/`), Pagefind's own files excluded. */
export function builtPages(dir = siteDir): string[] {
  if (dir === siteDir) requireBuiltSite();
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        pages.push('/' + rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/**
 * The page type of a site path: its first segment (`/sectors/ai/` → sectors), or its subsection's type
 * (`/departments/functions/science-technology/` → department-functions), `<segment>-index`
 * for a listing at the top of a section (`/sectors/`), 'home' for `/`.
 */
export function pageTypeOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return 'home';
  const subsection = segments.length > 2 ? SUBSECTION_TYPES[`${segments[0]}/${segments[1]}`] : undefined;
  if (subsection) return subsection;
  if (segments.length === 1 && path.endsWith('/') && !singlePageTypes.has(segments[0]!)) return `${segments[0]}-index`;
  return segments[0]!;
}

// Sections that are one page, not a listing of detail pages.
const singlePageTypes = new Set(['compare', 'search', 'data', 'about']);

/** Built pages grouped by page type. */
export function pagesByType(dir = siteDir): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of builtPages(dir)) {
    const type = pageTypeOf(path);
    groups.set(type, [...(groups.get(type) ?? []), path]);
  }
  return groups;
}

// The page that best represents a type, where the test asserts on its content.
const preferred: Record<string, string> = {
  documents: '/documents/jiangsu-3yr-plan/',
  provinces: '/provinces/jiangsu/',
  'department-functions': '/departments/functions/science-technology/',
};

/** Size in bytes of the HTML behind a site path. */
function htmlSize(dir: string, path: string): number {
  return statSync(join(dir, path.endsWith('/') ? `${path}index.html` : path)).size;
}

/**
 * One representative page per page type: the expected types (null when not built) plus any other
 * type found in the build. Without a preferred page, the largest page of the type stands for it.
 */
export function representativePages(dir = siteDir): Map<string, string | null> {
  const groups = pagesByType(dir);
  const result = new Map<string, string | null>();
  for (const type of [...expectedPageTypes, ...[...groups.keys()].sort()]) {
    if (result.has(type)) continue;
    const pages = groups.get(type) ?? [];
    const wanted = preferred[type];
    const largest = [...pages].sort((a, b) => htmlSize(dir, b) - htmlSize(dir, a))[0];
    result.set(type, wanted && pages.includes(wanted) ? wanted : (largest ?? null));
  }
  return result;
}

/**
 * Saves two screenshots into test-artifacts/screenshots/: `<name>.png`, the first screenful a reader
 * sees, and `<name>-full.png`, the whole page.
 * @param page the page to capture
 * @param name file name without extension
 * @returns the path of the first-screen shot
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  await page.screenshot({ path: join(screenshotDir, `${name}-full.png`), fullPage: true });
  return file;
}

/** A province as the vocabulary names it. */
export interface Province {
  id: string;
  name: string;
  short: string;
}

/** The seven provinces from content/vocab/provinces.yaml (ids and Chinese names). */
export function provinces(): Province[] {
  return parse(readFileSync('content/vocab/provinces.yaml', 'utf8')) as Province[];
}
