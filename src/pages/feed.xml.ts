// /feed.xml: the newest documents as RSS, so a reader's feed shows each document the atlas adds.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../lib/document-index';

export const GET: APIRoute = ({ site }) =>
  rss({
    title: '未来产业政策图谱：收录的文件',
    description: '各省“未来产业”政策文件、解读与综述，按发布日期排列。',
    site: site!,
    items: feedItems(),
    customData: '<language>zh-cn</language>',
  });
