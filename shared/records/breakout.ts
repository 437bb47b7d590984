import { z } from 'zod';
import { idSchema, nameSchema, orderKeySchema } from './common';

/**
 * Breakout groups (分组研讨): the room splits into named groups (第一组, 第二组 …), each proposes its
 * own version of a board, and the facilitator compares the versions and merges what the room
 * agrees into the main board.
 */
export const breakoutGroupSchema = z.object({
  id: idSchema,
  type: z.literal('breakoutGroup'),
  name: nameSchema,
  order: orderKeySchema,
});
export type BreakoutGroup = z.infer<typeof breakoutGroupSchema>;

/** The boards a group can take a copy of. */
export const breakoutBoardSchema = z.enum(['segments', 'coverage', 'routes']);
export type BreakoutBoard = z.infer<typeof breakoutBoardSchema>;
export const BREAKOUT_BOARDS: readonly BreakoutBoard[] = breakoutBoardSchema.options;

/**
 * One thing of a board as a key and a value (shared/breakout/state.ts): an account's segment, a
 * segment's coverage row, a routes cell's routes. null = the thing is not there (deleted).
 */
const keySchema = z.string().min(1).max(300);
const valueSchema = z.string().max(4000).nullable();

/** What a group changed: the value on the main board when it changed it, and its own. */
export const breakoutChangeSchema = z.object({ key: keySchema, from: valueSchema, to: valueSchema });
export type BreakoutChange = z.infer<typeof breakoutChangeSchema>;

/**
 * A group's copy of one board. A segments or routes copy is the main board plus the group's
 * changes (so a copy of 10,000 accounts stores only the few cards the group moved, and each
 * change remembers what the main board said, to tell when the main board moved on meanwhile). A
 * coverage copy is a coverage plan of its own (a scenario, edited on the coverage board under its
 * own tab, as every plan is), compared with the main plan's rows as they were when copied.
 */
export const breakoutCopySchema = z.object({
  id: idSchema,
  type: z.literal('breakoutCopy'),
  groupId: idSchema,
  board: breakoutBoardSchema,
  /** segments / routes: the group's changes, one per key. */
  changes: z.array(breakoutChangeSchema).max(20_000),
  /** coverage: the group's plan and the main plan it was copied from. */
  scenarioId: idSchema.nullable(),
  sourceScenarioId: idSchema.nullable(),
  /** coverage: the main plan's rows when copied (the base the group's changes are read against). */
  base: z.array(z.object({ key: keySchema, value: z.string().max(4000) })).max(5000),
});
export type BreakoutCopy = z.infer<typeof breakoutCopySchema>;
