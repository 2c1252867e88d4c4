// /data/atlas-open-data.zip: every open-data file and raw source in one download (src/lib/open-data-bundle.ts).
import type { APIRoute } from 'astro';
import { dataDir } from '../../lib/atlas';
import { openDataBundle } from '../../lib/open-data-bundle';

export const GET: APIRoute = async () => new Response(new Uint8Array(await openDataBundle(dataDir)), { headers: { 'content-type': 'application/zip' } });
