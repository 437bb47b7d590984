import { z } from 'zod';
import { AppError } from '../errors';
import { SETTINGS_ID, settingsSchema } from '../records';
import { defineCommand } from './define';

const patchSchema = settingsSchema.omit({ id: true, type: true, timer: true }).partial();

export const settingsCommands = [
  defineCommand({
    type: 'settings.update',
    schema: z.object({ type: z.literal('settings.update'), patch: patchSchema }),
    apply(tx, cmd) {
      const s = tx.need('settings', SETTINGS_ID);
      if (cmd.patch.activeScenarioId) tx.need('scenario', cmd.patch.activeScenarioId);
      const next = settingsSchema.safeParse({ ...s, ...cmd.patch });
      if (!next.success) throw new AppError('invalid_value', next.error.issues[0]?.message ?? 'invalid');
      tx.put(next.data);
    },
  }),
] as const;
