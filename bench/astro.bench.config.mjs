// Copied by bench/run.ts into each scale's mirror of the project root (next to a copy of the site's
// astro.config.mjs): the site's own config, with the content-layer cache in the scale's work folder.
// The mirror root gives each benchmark build its own .astro/ folder, so a build running at the same
// time in the repository (tests, another engineer) cannot swap its content modules into ours.
import config from './astro.config.mjs';

export default { ...config, cacheDir: process.env.ATLAS_CACHE_DIR || config.cacheDir };
