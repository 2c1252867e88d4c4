// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://atlas.example.org',
  trailingSlash: 'always',
  // The benchmark builds scaled corpora into their own folders.
  outDir: process.env.ATLAS_OUT_DIR || 'dist',
  publicDir: process.env.ATLAS_PUBLIC_DIR || 'public',
  // A scaled or hostile test build keeps its own content cache, so it never leaks into the real site's.
  cacheDir: process.env.ATLAS_CACHE_DIR || './node_modules/.astro',
  // Two pages render at once: rendering waits on file writes and slot promises, and at 100x the
  // corpus two at a time took the render step from about 10.5 s to 8.5 s on two cores (more gave no more).
  build: { format: 'directory', concurrency: 2 },
  // No MDX integration: the documents' MDX is rendered as data by src/lib/mdx-reader.ts (Sätteri, the
  // parser Astro's MDX integration runs on), not as one Vite module per document; see bench/README.md.
});
