import { z } from 'zod';
import { ProvinceIdSchema } from './manifest.ts';

/** A province the atlas covers (`content/vocab/provinces.yaml`). */
export const ProvinceSchema = z.object({
  /** URL id. */
  id: ProvinceIdSchema,
  /** Full name: 江苏省. */
  name: z.string(),
  /** Short name: 江苏. */
  short: z.string(),
  /** How a digest prints the province on a heading line of its own. */
  heading: z.string(),
});
export type Province = z.output<typeof ProvinceSchema>;
export const ProvincesSchema = z.array(ProvinceSchema);
