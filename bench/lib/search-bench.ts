// Search latency in a real browser: Debian's Chromium driven by playwright-core against the built
// site served on 127.0.0.1, through Pagefind's JS API in the page.
import { chromium, type Browser, type Page } from 'playwright-core';

export interface SearchResult {
  queries: number;
  /** Cold: fresh context (empty cache), page loaded, then import + init + search + first result's data; the first query. */
  coldFirstResultMs: number;
  /** Median over the cold runs (one fresh context per query): the figure checked against the target. */
  coldMedianMs: number;
  coldRuns: number;
  /** Bytes transferred (headers and bodies) for the first query in a fresh context, page load excluded. */
  firstQueryBytes: number;
  firstQueryRequests: number;
  /** What the first query fetched: path and bytes, largest first. */
  firstQueryFiles: Array<{ path: string; bytes: number }>;
  /** Warm: one initialised page; each query run for the first time (index chunks not yet fetched). */
  warmMedianMs: number;
  warmP95Ms: number;
  /** The same queries again: everything cached. */
  repeatMedianMs: number;
  repeatP95Ms: number;
  /** Queries that found nothing: a search that finds nothing is fast for the wrong reason. */
  emptyQueries: string[];
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** @returns the p-th percentile (0–100) by nearest rank */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Run the search benchmark.
 * @param baseUrl the served site, without trailing slash
 * @param queries the fixed query list
 * @param pagePath page to load before searching (the search page when the site has one)
 * @returns cold and warm latencies and the first query's transfer size
 */
export async function benchSearch(baseUrl: string, queries: string[], pagePath: string): Promise<SearchResult> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ARGS });
  try {
    // Warm the browser process (not the cache: every context has its own) so the first cold run is not
    // charged with Chromium's own start-up.
    const warmup = await browser.newContext();
    await (await warmup.newPage()).goto(baseUrl + pagePath, { waitUntil: 'load' });
    await warmup.close();
    const cold: number[] = [];
    let firstQueryBytes = 0;
    let firstQueryRequests = 0;
    let firstQueryFiles: Array<{ path: string; bytes: number }> = [];
    for (const [i, query] of queries.slice(0, 5).entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(baseUrl + pagePath, { waitUntil: 'load' });
      let bytes = 0;
      let requests = 0;
      const files: Array<{ path: string; bytes: number }> = [];
      const pending: Promise<void>[] = [];
      page.on('requestfinished', (request) => {
        pending.push(request.sizes().then((s) => {
          bytes += s.responseBodySize + s.responseHeadersSize;
          requests++;
          files.push({ path: new URL(request.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize });
        }));
      });
      cold.push((await timeQueries(page, [query], true))[0].ms);
      await Promise.all(pending);
      if (i === 0) [firstQueryBytes, firstQueryRequests, firstQueryFiles] = [bytes, requests, files.sort((a, b) => b.bytes - a.bytes)];
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl + pagePath, { waitUntil: 'load' });
    await timeQueries(page, ['未来产业'], true); // load and initialise Pagefind once
    const warm = await timeQueries(page, queries, false);
    const repeat = await timeQueries(page, queries, false);
    await context.close();
    return {
      queries: queries.length,
      coldFirstResultMs: round(cold[0]),
      coldMedianMs: round(percentile(cold, 50)),
      coldRuns: cold.length,
      firstQueryBytes,
      firstQueryRequests,
      firstQueryFiles,
      warmMedianMs: round(percentile(warm.map((w) => w.ms), 50)),
      warmP95Ms: round(percentile(warm.map((w) => w.ms), 95)),
      repeatMedianMs: round(percentile(repeat.map((w) => w.ms), 50)),
      repeatP95Ms: round(percentile(repeat.map((w) => w.ms), 95)),
      emptyQueries: warm.filter((w) => w.hits === 0).map((w) => w.query),
    };
  } finally {
    await closeBrowser(browser);
  }
}

/** Time queries in the page: search, then load the first result's data (what a results list shows first). */
async function timeQueries(page: Page, queries: string[], initialise: boolean): Promise<Array<{ query: string; ms: number; hits: number }>> {
  return page.evaluate(
    async ({ queries, initialise }) => {
      const w = window as unknown as { __pf?: { init(): Promise<void>; search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }> } };
      const out: Array<{ query: string; ms: number; hits: number }> = [];
      for (const query of queries) {
        const started = performance.now();
        if (initialise && !w.__pf) {
          const url = '/pagefind/pagefind.js';
          w.__pf = await import(url);
          await w.__pf!.init();
        }
        const search = await w.__pf!.search(query);
        await search.results[0]?.data();
        out.push({ query, ms: performance.now() - started, hits: search.results.length });
      }
      return out;
    },
    { queries, initialise },
  );
}

async function closeBrowser(browser: Browser): Promise<void> {
  await browser.close().catch(() => undefined);
}
