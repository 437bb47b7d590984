import { z } from 'zod';
import { boardIdSchema, idSchema, nameSchema, noteSchema, orderKeySchema } from './common';

/** "HH:MM" on a 24-hour clock: the start of an agenda item on the workshop day. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM (24-hour)');

export const agendaItemSchema = z.object({
  id: idSchema,
  type: z.literal('agendaItem'),
  title: nameSchema,
  start: clockTimeSchema,
  /** Minutes. A workshop block is at least one minute and at most a day. */
  duration: z.number().int().min(1).max(24 * 60),
  /** The board this block works on, so the agenda can jump to it; null for breaks, Q&A. */
  board: boardIdSchema.nullable(),
  notes: noteSchema,
  order: orderKeySchema,
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;
