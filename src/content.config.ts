import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The ingest writes one MDX per document; the benchmark points ATLAS_MDX_DIR at a scaled corpus.
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.ATLAS_MDX_DIR || './content/documents' }),
  schema: z.object({
    /** Document id, the same as in documents.json. */
    id: z.string(),
    title: z.string(),
    kind: z.enum(['plan', 'interpretation', 'digest']),
    province: z.string().nullable(),
    date: z.string().nullable(),
  }),
});

export const collections = { documents };
