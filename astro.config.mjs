// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://atlas.example.org',
  trailingSlash: 'always',
  // The benchmark builds scaled corpora into their own folders.
  outDir: process.env.ATLAS_OUT_DIR || 'dist',
  publicDir: process.env.ATLAS_PUBLIC_DIR || 'public',
  build: { format: 'directory' },
  // The generated MDX holds only components and escaped text, so Astro 7's default processor needs no plugins.
  integrations: [mdx()],
});
