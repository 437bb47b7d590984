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
  order: orderKeySchema,
});
export type Stage = z.infer<typeof stageSchema>;
