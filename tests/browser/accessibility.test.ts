// axe-core inside Chromium on every page type: no violations of any impact (a moderate one, such as two
// search landmarks with the same name, still leaves a screen-reader user guessing).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, representativePages, viewports, type SiteSession } from './helpers.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = representativePages();
let site: SiteSession;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

for (const type of pages.keys()) {
  for (const [width, viewport] of Object.entries(viewports)) {
    test(`${type} (${width}): no axe violations`, async () => {
      const path = pages.get(type);
      if (!path) throw new Error(`no ${type} page was built`);
      // The site's CSP forbids inline scripts; axe is injected by the test, not shipped by the site.
      const { page } = await site.newPage({ viewport, bypassCSP: true });
      await page.goto(site.url(path));
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run(document)).violations;
      });
      const found = violations
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`);
      expect(found.length, `${path} at ${width} width:\n${found.join('\n')}`).toBe(0);
      await page.context().close();
    });
  }
}
