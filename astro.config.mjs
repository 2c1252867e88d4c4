// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: 'https://atlas.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ remarkPlugins: [remarkGfm] })],
});
