import { z } from 'zod';
import { referenceProblems } from './integrity';
import { anyRecordSchema } from './records';
import { languageSchema } from './workshop';

/**
 * A workshop template: the records a new workshop starts with. Loaded templates are parsed by
 * this schema (the same record schemas the change path uses), so a broken template never loads.
 */
export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    language: languageSchema,
    name: z.string().min(1),
    description: z.string(),
    /**
     * Where the template's content comes from, for the consultant who has to defend it (the
     * sales-transformation template says how its route map reads the deck's route slide).
     */
    notes: z.string().optional(),
    records: z.array(anyRecordSchema).min(1),
  })
  .superRefine((t, ctx) => {
    for (const problem of referenceProblems(t.records)) ctx.addIssue({ code: 'custom', message: problem, path: ['records'] });
  });
export type Template = z.infer<typeof templateSchema>;
