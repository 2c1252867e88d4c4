import { z } from 'zod';
import { ProvinceIdSchema } from './department.ts';

const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a kebab-case ascii slug');

/** One target category of `content/vocab/target-categories.yaml`. */
export const TargetCategorySchema = z.strictObject({
  /** Kebab-case ascii id, unique in the file, e.g. frontier-tech. */
  id: SlugSchema,
  /** Chinese label shown on the site, e.g. 前沿技术攻关. */
  label: z.string().trim().min(1),
  /** What the category counts, in English. */
  description: z.string().trim().min(1),
  /** Words whose presence in a target's subject puts it in this category (head-final match). */
  keywords: z.array(z.string().trim().min(1)).min(1),
  /**
   * Groups of keywords that name the same counted thing (前沿技术 and 技术攻关). Repeats of a target
   * are linked only when their subjects' head keywords are the same or in one group; default none.
   */
  synonyms: z.array(z.array(z.string().trim().min(1)).min(2)).default([]),
}).superRefine((category, ctx) => {
  const seen = new Set<string>();
  for (const word of category.synonyms.flat()) {
    if (!category.keywords.includes(word)) ctx.addIssue({ code: 'custom', path: ['synonyms'], message: `synonym ${word} is not a keyword of ${category.id}` });
    if (seen.has(word)) ctx.addIssue({ code: 'custom', path: ['synonyms'], message: `synonym ${word} is in two groups` });
    seen.add(word);
  }
});
export type TargetCategory = z.output<typeof TargetCategorySchema>;

/** The whole file `content/vocab/target-categories.yaml`. */
export const TargetVocabSchema = z
  .strictObject({
    /** The categories, in display order. */
    categories: z.array(TargetCategorySchema).min(1),
    /** Counted nouns that describe a plan's or a list's structure, never a commitment (方面, 任务…). */
    structuralHeads: z.array(z.string().trim().min(1)),
  })
  .refine((vocab) => new Set(vocab.categories.map((c) => c.id)).size === vocab.categories.length, {
    message: 'category ids must be unique',
  });
export type TargetVocab = z.output<typeof TargetVocabSchema>;

/** Where a target's year comes from: written in its sentence, or the end of the plan period. */
export const YearSourceSchema = z.enum(['explicit', 'plan-period']);
export type YearSource = z.output<typeof YearSourceSchema>;

/**
 * How a whole's declared parts relate to its amount: `equals`, they add up to it (合计); `about`, they add up to about it,
 * a part or the whole being printed 左右 or as a range (合计约); `under`, they are set under the whole's task, and the text
 * does not say whether or how they count towards its amount (so they are not added to it either).
 */
export const PartsSumSchema = z.enum(['equals', 'about', 'under']);
export type PartsSum = z.output<typeof PartsSumSchema>;

/** Fields of a quantified target as the extractor finds it in one clause's normalised text. */
const targetMatchShape = {
  /** The single value (e.g. 100 for 100项); null for a range such as 30-40项. */
  value: z.number().nonnegative().nullable(),
  /** Lower bound; equals value for a single value. */
  min: z.number().nonnegative(),
  /** Upper bound; equals value for a single value. */
  max: z.number().nonnegative(),
  /** The classifier or money unit as written: 项, 个, 家, 名, 名（个）, 亿元… (个 when implied, as in 十大科创城). */
  unit: z.string().min(1),
  /** Hedges and frequencies in the order written: 力争, 争取, 每年, 不少于, 左右, 以上… */
  qualifiers: z.array(z.string().min(1)),
  /** The first qualifier, or null; a convenience for tables. */
  qualifier: z.string().min(1).nullable(),
  /** The thing counted as written, e.g. 概念验证中心; null when the text leaves it unsaid. */
  subject: z.string().min(1).nullable(),
  /**
   * The verb phrase the amount stands in, as printed (建设, 打造和吸引, 推动市场主体制定, 主导或参与制修订): what is done to
   * the things counted, and by whom when the text says. A count sharing the verb of the count before it (…国家标准30项、
   * 国际标准10项左右) has that verb. Null when the words before it in its clause hold no verb.
   */
  action: z.string().min(1).nullable(),
  /** Start offset of `action` in the clause text (before `start`; earlier in the clause for a shared verb); null without one. */
  actionStart: z.number().int().nonnegative().nullable(),
  /**
   * True when the action changes what the number counts, so that the amount must not be shown without it: another actor
   * does it (推动市场主体制定, 鼓励…联合企业建设, 支持建设), taking part counts (主导或参与制修订), existing ones are picked or
   * upgraded (分批分类筛选, 竞争选拔, 升级), or they are brought in (打造和吸引, 集聚和招引, 引培). False for a plain
   * 建设, 打造, 培育, 制定…, and without an action.
   */
  actionChangesCount: z.boolean(),
  /** Category id from the target vocabulary, or null when no keyword matches. */
  category: SlugSchema.nullable(),
  /**
   * The categories of the other things a coordinated subject counts with its head (10家未来产业科技园和未来产业先导区 is
   * pilot-zones, and also parks-incubators): the compare page lists the target in those rows too.
   */
  alsoCategories: z.array(SlugSchema),
  /**
   * True for a yearly amount (每年择优组织30-40项…): it is set for each year up to `year`, not as a total
   * to reach by `year`. True exactly when `qualifiers` holds 每年.
   */
  perYear: z.boolean(),
  /** Deadline year, or for a yearly amount the last year it runs; null when neither the sentence nor the plan gives one. */
  year: z.number().int().min(1900).max(2100).nullable(),
  /** For a yearly amount, the first year it runs: the plan period's first year (2024 for 2024-2026年); else null. */
  fromYear: z.number().int().min(1900).max(2100).nullable(),
  /** Where the year comes from; null when year is null. */
  yearSource: YearSourceSchema.nullable(),
  /** The exact source span, a substring of the clause text (or of the heading's title). */
  text: z.string().min(1),
  /** Start offset (UTF-16 code units) of `text` in the clause text. */
  start: z.number().int().nonnegative(),
  /** End offset (exclusive) of `text` in the clause text. */
  end: z.number().int().positive(),
};

type TargetMatchFields = z.output<z.ZodObject<typeof targetMatchShape>>;

/** Problems a target can have whatever its ids: inverted range, value off its bounds, loose year. */
function targetProblems(t: TargetMatchFields): string[] {
  const problems: string[] = [];
  if (t.min > t.max) problems.push('min must not exceed max');
  if (t.value !== null && (t.value !== t.min || t.value !== t.max)) problems.push('a single value must equal min and max');
  if ((t.year === null) !== (t.yearSource === null)) problems.push('year and yearSource go together');
  if (t.qualifier !== (t.qualifiers[0] ?? null)) problems.push('qualifier must be the first of qualifiers');
  if (t.perYear !== t.qualifiers.includes('每年')) problems.push('perYear is true exactly when qualifiers hold 每年');
  if (t.fromYear !== null && (!t.perYear || t.year === null || t.fromYear > t.year)) problems.push('fromYear is only for a yearly amount, and not after year');
  if (t.end - t.start !== t.text.length) problems.push('start/end must span text');
  if ((t.action === null) !== (t.actionStart === null)) problems.push('action and actionStart go together');
  if (t.actionStart !== null && t.action !== null && t.actionStart + t.action.length > t.start) problems.push('the action is printed before the target');
  if (t.action === null && t.actionChangesCount) problems.push('actionChangesCount needs an action');
  return problems;
}

/** One quantified target as the extractor finds it in one clause's normalised text. */
export const TargetMatchSchema = z.strictObject(targetMatchShape).superRefine((t, ctx) => {
  for (const message of targetProblems(t)) ctx.addIssue({ code: 'custom', message });
});
export type TargetMatch = z.output<typeof TargetMatchSchema>;

/** A published target: a match plus the ids that place it in the corpus (filled by the integrator). */
export const TargetSchema = z
  .strictObject({
    /** Stable id of the target, unique in the site. */
    id: z.string().min(1),
    /** Id of the clause (clauses.json) the target is printed in; null for a target printed in a section heading. */
    clauseId: z.string().min(1).nullable(),
    /** Id of the section (its document's `sections`) whose heading prints the target, e.g. s2.1; null for a target in a clause. */
    sectionId: z.string().min(1).nullable(),
    /** Id of the document the target is printed in. */
    documentId: z.string().min(1),
    /** Province that set the target. */
    province: ProvinceIdSchema,
    ...targetMatchShape,
    /** 1-based raw source line on which `text` begins (a heading's line for a target printed in a heading). */
    line: z.number().int().positive(),
    /**
     * The target this one is a declared part of (content/vocab/same-targets.yaml `parts`): 国家标准30项 is one kind of the
     * 100项未来产业标准规范. Never to be added to it. Null for a target declared part of none.
     */
    partOf: z.string().min(1).nullable(),
    /** The targets declared its parts, in the declaration's order; empty for a target declared to have none. */
    parts: z.array(z.string().min(1)),
    /** How its parts relate to its amount (see PartsSumSchema); null exactly when `parts` is empty. */
    partsSum: PartsSumSchema.nullable(),
  })
  .superRefine((t, ctx) => {
    for (const message of targetProblems(t)) ctx.addIssue({ code: 'custom', message });
    // A heading is not a clause: a target is printed in exactly one of the two.
    if ((t.clauseId === null) === (t.sectionId === null)) ctx.addIssue({ code: 'custom', message: 'exactly one of clauseId and sectionId is set' });
    if ((t.partsSum === null) !== (t.parts.length === 0)) ctx.addIssue({ code: 'custom', message: 'partsSum is set exactly when parts are' });
  });
export type Target = z.output<typeof TargetSchema>;

/**
 * @param target a published target
 * @returns the reader anchor id of the clause or the section heading it is printed in (`doc/c3`, `doc/s2.1`)
 */
export function targetAnchor(target: Pick<Target, 'clauseId' | 'sectionId' | 'documentId'>): string {
  return target.clauseId ?? `${target.documentId}/${target.sectionId}`;
}

/** One statement of a target in a reviewed declaration: its document and its words (targets.json `text`). */
export const DeclaredStatementSchema = z.strictObject({
  /** Document id, e.g. jiangsu-3yr-plan. */
  document: z.string().min(1),
  /** 1-based raw source line its text begins on (targets.json `line`): the build checks it, and it tells apart a text printed twice. */
  line: z.number().int().positive(),
  /** The target's text as in targets.json. */
  text: z.string().min(1),
});
export type DeclaredStatement = z.output<typeof DeclaredStatementSchema>;

/** A reviewed decision on whether two statements set the same target (content/vocab/same-targets.yaml). */
export const SameTargetDeclarationSchema = z.strictObject({
  /** True: link them even where the rule would not; false: keep them apart even where it would. */
  same: z.boolean(),
  /** The two statements. */
  statements: z.tuple([DeclaredStatementSchema, DeclaredStatementSchema]),
  /** Why, from the texts, with line numbers. */
  reason: z.string().trim().min(1),
});
export type SameTargetDeclaration = z.output<typeof SameTargetDeclarationSchema>;

/** A reviewed decision that some statements set parts of a whole target (content/vocab/same-targets.yaml `parts`). */
export const TargetPartsDeclarationSchema = z
  .strictObject({
    /** The whole: 着力研制100项未来产业标准规范. */
    whole: DeclaredStatementSchema,
    /** Its parts, as the text prints them: 地方标准或行业标准60项, 国家标准30项, 国际标准10项左右. */
    parts: z.array(DeclaredStatementSchema).min(1),
    /** Whether the parts add up to the whole. */
    sum: PartsSumSchema,
    /** Why, from the texts, with line numbers. */
    reason: z.string().trim().min(1),
  })
  .refine((d) => d.sum === 'under' || d.parts.length > 1, { path: ['parts'], message: 'one part that adds up to its whole is a restatement: declare it same: true, or say sum: under' });
export type TargetPartsDeclaration = z.output<typeof TargetPartsDeclarationSchema>;

/** The whole file content/vocab/same-targets.yaml. */
export const SameTargetDeclarationsSchema = z.strictObject({
  declarations: z.array(SameTargetDeclarationSchema),
  /** Wholes and their parts; none when absent. */
  parts: z.array(TargetPartsDeclarationSchema).default([]),
});
export type SameTargetsFile = z.output<typeof SameTargetDeclarationsSchema>;
