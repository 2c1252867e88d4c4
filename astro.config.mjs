// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

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
  // Source text must reach the page as written: no smart quotes, dashes or ellipses, and no autolinks
  // or other GFM rewrites. Set on the Markdown processor, which MDX inherits (Astro 7 deprecates
  // markdown.gfm/smartypants). The generated MDX holds only components and escaped text.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  // optimize: the static parts of each MDX document (paragraphs and text inside <Clause>) become HTML
  // strings at compile time, still escaped by hast-util-to-html; about 1 s less of a 100x build.
  integrations: [mdx({ optimize: true })],
});
