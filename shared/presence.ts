import { z } from 'zod';
import { boardIdSchema } from './records/common';
import { breakoutBoardSchema } from './records/breakout';

/**
 * What the facilitator is showing the room: the board, the agenda step, the card or cell in focus,
 * whether the projector is blanked (B) and whether present mode is on. It is the facilitator's
 * view, not workshop data: kept by the service in memory (never in the database, never in the
 * undo history, never a new version of the workshop) and broadcast as a `presence` event, so a
 * projector window or a participant's phone follows without any window calling another.
 */
/**
 * A facilitation panel the facilitator has open, which the room sees in large type over the board:
 * the board's votes, its notes, the parking lot, or a breakout board's comparison (or one group's
 * copy: `tab`). A projector that does not know a kind shows no panel.
 */
export const presentedPanelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('votes') }),
  z.object({ kind: z.literal('notes') }),
  z.object({ kind: z.literal('parking') }),
  z.object({ kind: z.literal('breakout'), board: breakoutBoardSchema, tab: z.string().min(1).max(200) }),
]);
export type PresentedPanel = z.infer<typeof presentedPanelSchema>;

export const presenceSchema = z.object({
  board: boardIdSchema,
  /** The agenda item the facilitator stepped to (arrow keys in present mode), or none. */
  step: z.string().min(1).max(200).nullable(),
  /**
   * What is selected on the board, as a key the boards put on their elements
   * (`data-account-id`, `data-present-key`): the projector outlines the same element.
   */
  highlight: z.string().min(1).max(300).nullable(),
  blank: z.boolean(),
  presenting: z.boolean(),
  /** Absent or null: no panel, the board alone. */
  panel: presentedPanelSchema.nullable().optional(),
  /**
   * The projector's zoom (Ctrl+= / Ctrl+− / Ctrl+0 in present mode): 1 is the projector layout
   * that fits the screen; above it type grows and the board scrolls, below it more fits. Absent
   * from older senders: 1.
   */
  zoom: z.number().min(0.5).max(3).optional(),
});
export type Presence = z.infer<typeof presenceSchema>;

/** A workshop nobody has presented yet: its agenda, nothing highlighted, not blank. */
export const DEFAULT_PRESENCE: Presence = { board: 'agenda', step: null, highlight: null, blank: false, presenting: false };
