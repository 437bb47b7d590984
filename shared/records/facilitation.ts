import { z } from 'zod';
import { boardIdSchema, idSchema, noteSchema, orderKeySchema } from './common';

/** Where a parked question stands: still open, answered in the room, or turned into an action. */
export const parkingStatusSchema = z.enum(['open', 'answered', 'action']);
export type ParkingStatus = z.infer<typeof parkingStatusSchema>;
export const PARKING_STATUSES: readonly ParkingStatus[] = parkingStatusSchema.options;

/**
 * The parking lot (停车场): a question or topic the room parks to come back to. One list per
 * workshop; `board` says where it came up, so the list can be read board by board.
 */
export const parkingItemSchema = z.object({
  id: idSchema,
  type: z.literal('parkingItem'),
  /** The question as the room said it; a single line is enough, a long question still fits. */
  text: z.string().trim().min(1).max(2000),
  /** Who will come back with the answer; empty until someone takes it. */
  owner: z.string().trim().max(200),
  status: parkingStatusSchema,
  board: boardIdSchema.nullable(),
  /** The answer or the action agreed, when there is one. */
  answer: noteSchema,
  order: orderKeySchema,
});
export type ParkingItem = z.infer<typeof parkingItemSchema>;

