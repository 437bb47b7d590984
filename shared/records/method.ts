import { z } from 'zod';
import { idSchema, nameSchema, noteSchema, orderKeySchema, percentSchema } from './common';

/** A stage of the common sales language, with the win probability bound to it. */
export const stageSchema = z.object({
  id: idSchema,
  type: z.literal('stage'),
  name: nameSchema,
  probability: percentSchema,
  /** The verifiable outcome that closes the stage. */
  outcome: noteSchema,
  /**
   * The opportunity plan's guiding questions for this stage, one a line. Optional: stages saved
   * before the opportunity board have none, and read as such. Not a shape change by the rules
   * of shared/records/migrations.ts (an old stage is a valid stage with the same meaning), so no
   * records step and no DB migration: one would only clear every workshop's undo history.
   */
  questions: noteSchema.optional(),
  order: orderKeySchema,
});
export type Stage = z.infer<typeof stageSchema>;

/** One step of the funnel calculator and the share of it that reaches the next step. */
export const funnelStepSchema = z.object({
  name: nameSchema,
  /** Percent that passes on to the next step (the last step is the win; its rate is unused). */
  rate: percentSchema,
});
export type FunnelStep = z.infer<typeof funnelStepSchema>;

/** The funnel calculator's inputs: workshop data, so the projector and the export see them too. */
export const funnelSchema = z.object({
  steps: z.array(funnelStepSchema).min(2).max(12),
  /** Which way the room is calculating: target wins → visits needed, or visits → expected wins. */
  mode: z.enum(['fromWins', 'fromVisits']),
  targetWins: z.number().int().min(0).max(1_000_000),
  visits: z.number().int().min(0).max(100_000_000),
});
export type Funnel = z.infer<typeof funnelSchema>;
