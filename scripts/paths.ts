// Where the build reads and writes. Environment variables let the benchmark build a scaled corpus
// in its own folders without touching the real site.
const env = (name: string, fallback: string) => process.env[name] || fallback;

export const paths = {
  sourcesDir: env('ATLAS_SOURCES_DIR', 'content/sources'),
  vocabDir: env('ATLAS_VOCAB_DIR', 'content/vocab'),
  dataDir: env('ATLAS_DATA_DIR', 'public/data'),
  mdxDir: env('ATLAS_MDX_DIR', 'content/documents'),
  outDir: env('ATLAS_OUT_DIR', 'dist'),
  /** The search index and converter, built beside the Astro build and then copied into outDir. */
  searchDir: env('ATLAS_SEARCH_DIR', 'node_modules/.cache/atlas-search'),
  /** Parsed sources, keyed by content hash. */
  cacheDir: env('ATLAS_INGEST_CACHE', 'node_modules/.cache/atlas-ingest'),
};
