// The deployed site's address, a build setting (ATLAS_SITE_URL=https://… npm run build). Unset, the build is a local
// or preview one: pages carry no canonical address and compare.csv links from the site root, so no page or download
// points at a placeholder domain. Formats that must hold absolute addresses (feed.xml, the sitemap) fall back to
// astro.config.mjs's placeholder, and the build says so.
export const siteUrl: string | null = process.env.ATLAS_SITE_URL || null;
