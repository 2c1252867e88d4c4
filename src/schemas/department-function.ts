import { z } from 'zod';

/**
 * One function (职能) of `content/vocab/department-functions.yaml`: the job a body does in its provincial
 * government, whatever each province calls it. Registry entries that do the same job in different provinces name
 * the same function (departments.yaml `function`), and the site sets them side by side at /departments/functions/<id>/.
 */
export const DepartmentFunctionSchema = z.strictObject({
  /** Kebab-case ascii id, unique in the file, e.g. science-technology. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a kebab-case ascii slug'),
  /** Chinese name shown on the site, e.g. 科技部门. */
  name: z.string().trim().min(1),
  /** One Chinese sentence saying which bodies count as holding it. */
  note: z.string().trim().min(1),
});
export type DepartmentFunction = z.output<typeof DepartmentFunctionSchema>;

/** The whole file `content/vocab/department-functions.yaml`. */
export const DepartmentFunctionVocabSchema = z.strictObject({
  /** The functions, in the order the site lists them. */
  functions: z.array(DepartmentFunctionSchema).min(1),
});
export type DepartmentFunctionVocab = z.output<typeof DepartmentFunctionVocabSchema>;
