import { z } from 'zod';
import { idSchema } from './common';
import { funnelSchema } from './method';

/** The agenda timer, shared by every window (the projector shows it too). */
export const timerSchema = z.object({
  itemId: idSchema.nullable(),
  /** Epoch ms when the timer last started running; null while paused. */
  runningSince: z.number().nullable(),
  /** Milliseconds already run before runningSince. */
  elapsed: z.number().min(0),
});
export type Timer = z.infer<typeof timerSchema>;

export const SETTINGS_ID = 'settings';

export const currencySchema = z.enum(['CNY', 'USD', 'EUR']);
export type Currency = z.infer<typeof currencySchema>;

/** What a figure's unit shows: "¥ 3.0 M" (money is stored in millions). */
export const CURRENCY_SYMBOLS: Record<Currency, string> = { CNY: '¥', USD: '$', EUR: '€' };

/** One per workshop: workshop-wide choices that boards read. */
export const settingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  type: z.literal('settings'),
  currency: currencySchema,
  /** Routes board: the simplification target (7 in the deck). */
  routeTarget: z.number().int().min(1).max(100),
  /** Coverage board: the scenario shown and edited. */
  activeScenarioId: idSchema.nullable(),
  timer: timerSchema,
  /** Sales method board: the funnel calculator; absent until the room first edits it. */
  funnel: funnelSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
