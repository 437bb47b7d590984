import { motionSchema } from '../records';
import { collectionCommands } from './collection';

/** Coverage motions (the board's columns). Placement commands come with the coverage board. */
export const motionCommands = collectionCommands({
  prefix: 'motion',
  recordType: 'motion',
  schema: motionSchema,
  defaults: () => ({
    name: 'New motion',
    drive: 'transaction' as const,
    capacity: 100,
    costPerPerson: 0.5,
    roles: { hunter: 34, farmer: 33, coach: 33 },
    peopleLimit: null,
    revenueThreshold: null,
    notes: '',
  }),
  onDelete: (tx, motion) => {
    for (const c of tx.all('coverage', (c) => c.motionId === motion.id)) tx.remove(c.id);
  },
});

/** Every command of the coverage board. */
export const coverageCommands = [...motionCommands] as const;
