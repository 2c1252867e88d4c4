// /feed.xml: the newest dated documents as RSS 2.0, each item pointing at its page and described as it is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir, readDistFile, readDistPage } from './dist.ts';
import { documents } from '../../src/lib/atlas.ts';
import { FEED_SIZE } from '../../src/lib/document-index.ts';
import config from '../../astro.config.mjs';

const xml = readDistFile('/feed.xml');
const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const field = (item: string, tag: string) => decode(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, 'u').exec(item)?.[1] ?? '');
const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/gu)].map((m) => m[1]!);

test('lists the texts the site holds, newest first and the undated last, each linking to its built page; not titles known only by reference', () => {
  const held = documents.filter((d) => d.kind !== 'referenced');
  const dated = held.filter((d) => d.date !== null).sort((a, b) => b.date!.localeCompare(a.date!) || a.title.localeCompare(b.title, 'zh-CN'));
  const undated = held.filter((d) => d.date === null);
  expect(undated.map((d) => d.id)).toEqual(['jiangsu-5x100-plan']);
  expect(items.map((item) => field(item, 'title'))).toEqual([...dated, ...undated].slice(0, FEED_SIZE).map((d) => d.title));
  // The 5个100 plan has no date of its own: its item carries none rather than a made-up one.
  const plan = items.find((item) => field(item, 'link').endsWith('/documents/jiangsu-5x100-plan/'))!;
  expect(plan).not.toContain('<pubDate>');
  for (const item of items) {
    const link = new URL(field(item, 'link'));
    expect(link.origin).toBe(new URL(config.site!).origin);
    expect(existsSync(join(distDir, link.pathname, 'index.html')), link.pathname).toBe(true);
    // The same description the page gives search engines and link previews.
    const page = readDistPage(link.pathname);
    expect(page, link.pathname).toContain(`<meta name="description" content="${field(item, 'description').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`);
  }
  // Dates are the documents' own days in China's time zone.
  const roundup = items.find((item) => field(item, 'link').endsWith('/documents/pilot-zones-roundup-2024/'))!;
  expect(new Date(field(roundup, 'pubDate')).toISOString()).toBe('2024-10-17T16:00:00.000Z');
  expect([...roundup.matchAll(/<category>([^<]*)<\/category>/gu)].map((m) => m[1])).toEqual(['新闻综述', '江苏省', '安徽省', '广东省', '湖北省', '重庆市', '甘肃省']);
});

test('every page announces the feed, and the document index links it', () => {
  expect(readDistPage('/')).toContain('<link rel="alternate" type="application/rss+xml" title="未来产业政策图谱：收录的文件" href="/feed.xml">');
  expect(readDistPage('/documents/')).toContain('href="/feed.xml"');
  // The index says what the feed holds: the held texts, not only the dated ones.
  expect(readDistPage('/documents/')).toContain('（本站有全文或专节的文件，最新的100份，未注明日期的排在最后）');
});
