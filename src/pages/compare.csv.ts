// /compare.csv: the compare matrix as a spreadsheet (UTF-8 with BOM).
import type { APIRoute } from 'astro';
import { compareCsvRows } from '../lib/compare-page.ts';
import { toCsv } from '../lib/csv.ts';

/** @returns the CSV file, built at build time */
export const GET: APIRoute = ({ site }) =>
  new Response(toCsv(compareCsvRows(site?.href ?? 'https://atlas.example.org/')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
