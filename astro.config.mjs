// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: 'https://atlas.example.org',
  trailingSlash: 'always',
  // The benchmark builds scaled corpora into their own folders.
  outDir: process.env.ATLAS_OUT_DIR || 'dist',
  publicDir: process.env.ATLAS_PUBLIC_DIR || 'public',
  build: { format: 'directory' },
  integrations: [mdx({ remarkPlugins: [remarkGfm] })],
});
