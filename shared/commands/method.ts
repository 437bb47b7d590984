import { stageSchema } from '../records';
import { collectionCommands } from './collection';

/** Sales stages with their win probabilities (the sales method board). */
export const stageCommands = collectionCommands({
  prefix: 'stage',
  recordType: 'stage',
  schema: stageSchema,
  defaults: () => ({ name: 'New stage', probability: 0, outcome: '' }),
});

/** Every command of the sales method board. */
export const methodCommands = [...stageCommands] as const;
