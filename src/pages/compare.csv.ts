// /compare.csv: the compare matrix as a spreadsheet (UTF-8 with BOM).
import type { APIRoute } from 'astro';
import { compareCsvRows } from '../lib/compare-page.ts';
import { toCsv } from '../lib/csv.ts';
import { siteUrl } from '../lib/site-url.ts';

/** @returns the CSV file, built at build time */
// Absolute links only when the deployed address is known (ATLAS_SITE_URL): a placeholder domain would be a dead link.
export const GET: APIRoute = () =>
  new Response(toCsv(compareCsvRows(siteUrl)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
