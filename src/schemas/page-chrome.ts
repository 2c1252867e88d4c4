import { z } from 'zod';

/** A rule that recognises web-page chrome (navigation, contact blocks, licence numbers): never policy text. */
export const ChromeRuleSchema = z.object({
  /** Short id, reported with every line it classifies. */
  id: z.string(),
  /** JavaScript regular expression tested against the normalised line. */
  pattern: z.string(),
  /** Why this is chrome, for reviewers. */
  why: z.string(),
});

/** `content/vocab/page-chrome.yaml`: chrome rules and the metadata keys a source's header block may use. */
export const PageChromeSchema = z.object({
  chrome: z.array(ChromeRuleSchema),
  /** Metadata keys as printed (spaces inside keys are ignored), mapped to document fields. */
  metadataKeys: z.record(z.string(), z.string()),
  /** The unit a field's value is printed with (点击：12次), by field name: a field that prints its unit alone (点击：次) is empty. */
  metadataUnits: z.record(z.string(), z.string()).default({}),
});
export type PageChrome = z.output<typeof PageChromeSchema>;
