// The target categories, in display order, from the reviewed vocabulary file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TargetVocabSchema, type TargetCategory } from '../schemas/target.ts';

const vocabDir = process.env.ATLAS_VOCAB_DIR || join(process.cwd(), 'content/vocab');

/** The categories of content/vocab/target-categories.yaml, validated, in display order. */
export const targetCategories: TargetCategory[] = TargetVocabSchema.parse(parse(readFileSync(join(vocabDir, 'target-categories.yaml'), 'utf8'))).categories;

/** Chinese label of each category id. */
export const TARGET_CATEGORY_LABEL: Record<string, string> = Object.fromEntries(targetCategories.map((c) => [c.id, c.label]));

/** Label shown for targets whose subject matches no category. */
export const UNCATEGORISED_LABEL = '其他';
