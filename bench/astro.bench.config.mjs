// The site's own Astro config, with the content-layer cache moved into the benchmark's work folder:
// a scaled build must neither reuse nor clobber the cache of the real site's build.
import config from '../astro.config.mjs';

export default { ...config, cacheDir: process.env.ATLAS_CACHE_DIR || config.cacheDir };
