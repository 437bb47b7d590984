import { z } from 'zod';
import { boardIdSchema, colorSchema, idSchema, noteSchema, orderKeySchema } from './common';

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


/**
 * What a sticky note is attached to: a record of a board (an account card, a segment column, a
 * coverage motion or cell, a route, an opportunity), or a cell of the routes grid, which is no
 * record of its own (a segment × offering). A note on no anchor sits on the board itself.
 */
export const noteAnchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('record'), id: idSchema }),
  z.object({ kind: z.literal('routesCell'), segmentId: idSchema, offeringId: idSchema }),
]);
export type NoteAnchor = z.infer<typeof noteAnchorSchema>;

/** Sticky-note colours: pale enough for dark text, told apart by name in the note's label too. */
export const NOTE_COLORS = ['#fff3a3', '#ffd6a5', '#caffbf', '#a0e7ff', '#ffc6ff'] as const;

/** A sticky note on a board: the room's remark, its author or group, and where it is stuck. */
export const stickyNoteSchema = z.object({
  id: idSchema,
  type: z.literal('note'),
  board: boardIdSchema,
  text: z.string().trim().min(1).max(2000),
  color: colorSchema,
  /** Who wrote it: a person or a breakout group (第一组); empty when nobody said. */
  author: z.string().trim().max(200),
  anchor: noteAnchorSchema.nullable(),
  order: orderKeySchema,
});
export type StickyNote = z.infer<typeof stickyNoteSchema>;

/** The kinds of item a vote can be about: records of one type on one board. */
export const voteItemTypeSchema = z.enum(['segment', 'account', 'motion', 'route', 'offering', 'stage', 'agendaItem', 'note', 'parkingItem']);
export type VoteItemType = z.infer<typeof voteItemTypeSchema>;

/** One dot a voter group put on an item. */
export const dotSchema = z.object({ group: z.number().int().min(0).max(49), itemId: idSchema });

/**
 * A dot vote (点投票): a question, the items in scope, N dots per voter group, and the dots the
 * facilitator recorded as the room called them out. Results may stay hidden until it closes;
 * a closed vote is read-only, and every vote is kept to compare.
 */
export const voteSchema = z.object({
  id: idSchema,
  type: z.literal('vote'),
  question: z.string().trim().min(1).max(500),
  board: boardIdSchema,
  itemType: voteItemTypeSchema,
  itemIds: z.array(idSchema).min(1).max(500),
  /** Voter groups by name (第一组 …, or one name per person). */
  groups: z.array(z.string().trim().min(1).max(100)).min(1).max(50),
  dotsPerGroup: z.number().int().min(1).max(50),
  hideResults: z.boolean(),
  status: z.enum(['open', 'closed']),
  dots: z.array(dotSchema).max(2500),
  order: orderKeySchema,
});
export type Vote = z.infer<typeof voteSchema>;

/** A device's secret ballot key as the service stores it (a hash; see electron/service/readOnly.ts). */
export const ballotKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a ballot key is 8–64 letters, digits, - or _');

/**
 * One participant's anonymous ballot in a dot vote, cast from a phone through the room's share
 * (one per device: casting again replaces it). Its id is derived from the vote and the device's
 * hashed key, so a device has one ballot per vote and nobody can tell whose it is.
 */
export const ballotSchema = z.object({
  id: idSchema,
  type: z.literal('ballot'),
  voteId: idSchema,
  /** The items the device put its dots on; an item may take several of them. */
  itemIds: z.array(idSchema).min(1).max(50),
});
export type Ballot = z.infer<typeof ballotSchema>;

export const ballotId = (voteId: string, key: string): string => `ballot:${voteId}:${key}`;
