import { z } from 'zod';

/** Kinds of link between documents, clauses and targets. */
export const LinkTypeSchema = z.enum(['interprets', 'cites', 'implements', 'same-target', 'related']);

/** What a link's end is: its id is looked up among documents, sections (`doc/s2.1`), clauses (`doc/c3`) or targets. */
export const LinkEndKindSchema = z.enum(['document', 'section', 'clause', 'target']);

/** A directed link. Both ends are ids: a document id, a section or clause id (`doc/anchor`) or a target id. */
export const LinkSchema = z.object({
  /** Id of the citing or explaining end. */
  from: z.string(),
  /** What `from` is, so a join need not guess from the id's shape. */
  fromKind: LinkEndKindSchema,
  /** Id of the cited or explained end. */
  to: z.string(),
  toKind: LinkEndKindSchema,
  type: LinkTypeSchema,
  /** The words that created the link: the 《title》, the matched heading, the repeated target; for `related`, the shared measure ids, most central to both first, `; `-joined. */
  text: z.string(),
  /** For `cites` and `implements`: where the 《title》 stands in the citing clause's text (UTF-16 offsets, end exclusive), so two citations of one title in one clause are two rows that can be told apart. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Link = z.output<typeof LinkSchema>;

/** A link as the linkers make it; annotate-corpus adds the end kinds once all ids are known. */
export type LinkWithoutKinds = Omit<Link, 'fromKind' | 'toKind'>;
