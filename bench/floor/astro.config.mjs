// The reference floor: a bare Astro site that renders the same clause texts as plain pages,
// one page per document, with no MDX, no components and no knowledge layer.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.FLOOR_OUT_DIR || 'dist',
  cacheDir: process.env.FLOOR_CACHE_DIR || 'node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
