import { z } from 'zod';

/** Kinds of link between documents, clauses and targets. */
export const LinkTypeSchema = z.enum(['interprets', 'cites', 'implements', 'same-target', 'related']);

/** A directed link. Both ends are ids: a document id, a clause id (`doc/anchor`) or a target id. */
export const LinkSchema = z.object({
  /** Id of the citing or explaining end. */
  from: z.string(),
  /** Id of the cited or explained end. */
  to: z.string(),
  type: LinkTypeSchema,
  /** The words that created the link: the 《title》, the matched heading, the repeated target; for `related`, the shared measure ids, most central to both first, `; `-joined. */
  text: z.string(),
});
export type Link = z.output<typeof LinkSchema>;
