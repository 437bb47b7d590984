import { z } from 'zod';
import { AppError } from '../errors';
import { funnelSchema, SETTINGS_ID, stageSchema, type Funnel } from '../records';
import { collectionCommands } from './collection';
import { defineCommand } from './define';
import { clampToStage, refuseStageInUse } from './opportunities';

/** Sales stages with their win probabilities (the sales method board). */
export const stageCommands = collectionCommands({
  prefix: 'stage',
  recordType: 'stage',
  schema: stageSchema,
  defaults: () => ({ name: 'New stage', probability: 0, outcome: '' }),
  // Probability is bound to stage: lowering a stage's pulls its opportunities down with it.
  onUpdated: (tx, _before, after) => clampToStage(tx, after),
  onDelete: (tx, stage) => refuseStageInUse(tx, stage),
});

/**
 * The funnel calculator's inputs live in the settings record. The first edit starts from the
 * defaults the board shows (sent by the board in the workshop's words).
 */
export const funnelCommands = [
  defineCommand({
    type: 'funnel.update',
    schema: z.object({
      type: z.literal('funnel.update'),
      /** The funnel the board showed, used when the workshop has none stored yet. */
      base: funnelSchema,
      patch: funnelSchema.partial(),
    }),
    apply(tx, cmd) {
      const settings = tx.need('settings', SETTINGS_ID);
      const next = funnelSchema.safeParse({ ...(settings.funnel ?? cmd.base), ...cmd.patch } satisfies Partial<Funnel>);
      if (!next.success) {
        const issue = next.error.issues[0];
        throw new AppError('invalid_value', issue?.message ?? 'invalid', { field: issue?.path.join('.') ?? '' });
      }
      tx.put({ ...settings, funnel: next.data });
    },
  }),
] as const;

/** Every command of the sales method board. */
export const methodCommands = [...stageCommands, ...funnelCommands] as const;
