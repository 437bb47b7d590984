import { parkingItemSchema } from '../records';
import { collectionCommands } from './collection';

/** The parking lot: parking.add / update / delete / move, one list per workshop. */
export const parkingCommands = collectionCommands({
  prefix: 'parking',
  recordType: 'parkingItem',
  schema: parkingItemSchema,
  defaults: () => ({ text: 'New question', owner: '', status: 'open' as const, board: null, answer: '' }),
});
