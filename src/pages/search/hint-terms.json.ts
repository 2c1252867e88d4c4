// /search/hint-terms.json: the names the search page's hints look for (src/lib/search-page.ts). Fetched once by
// public/scripts/search.js rather than carried in the page: the department list grows with every province added.
import type { APIRoute } from 'astro';
import { departmentTerms, errataTerms, sectorTerms, summarisedProvinces, synonymGroups } from '../../lib/search-page.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ sectors: sectorTerms, departments: departmentTerms, synonyms: synonymGroups, errata: errataTerms, summarised: summarisedProvinces }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
