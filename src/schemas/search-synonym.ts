import { z } from 'zod';

/** A form as a query may hold it: Han characters, or Latin letters and digits (AI, 6G), with no spaces. */
const FormSchema = z.string().regex(/^(?:[\p{Script=Han}]+|[A-Za-z0-9]+)$/u, 'a form is Han characters, or Latin letters and digits, with no spaces');

/** Forms that name the same thing everywhere: a query holding one is also searched with the others. */
export const SearchSynonymSchema = z.strictObject({
  forms: z.array(FormSchema).min(2, 'a group needs at least two forms'),
});

/** content/vocab/search-synonyms.yaml. */
export const SearchSynonymVocabSchema = z.strictObject({
  synonyms: z.array(SearchSynonymSchema),
});
export type SearchSynonymVocab = z.output<typeof SearchSynonymVocabSchema>;
