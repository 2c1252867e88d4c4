// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  // The deployed address (ATLAS_SITE_URL, see src/lib/site-url.ts); feed.xml and the sitemap need one, so a
  // local build falls back to a placeholder.
  site: process.env.ATLAS_SITE_URL || 'https://atlas.example.org',
  trailingSlash: 'always',
  // The benchmark builds scaled corpora into their own folders.
  outDir: process.env.ATLAS_OUT_DIR || 'dist',
  publicDir: process.env.ATLAS_PUBLIC_DIR || 'public',
  // A scaled or hostile test build keeps its own content cache, so it never leaks into the real site's.
  cacheDir: process.env.ATLAS_CACHE_DIR || './node_modules/.astro',
  // Eight pages render at once: rendering mostly waits on file writes. At 100x the corpus, Astro alone
  // took 9.7-10.0 s with two at a time and 8.0-9.6 s with 4, 8 or 16 (alternating runs, 2 cores).
  build: { format: 'directory', concurrency: 8 },
  // sitemap-index.xml for search engines, named in /robots.txt (src/pages/robots.txt.ts).
  integrations: [sitemap()],
  // No MDX integration: the documents' MDX is rendered as data by src/lib/mdx-reader.ts (Sätteri, the
  // parser Astro's MDX integration runs on), not as one Vite module per document; see bench/README.md.
});
