import { anchorTargets } from '../calc/notes';
import { AppError } from '../errors';
import { NOTE_COLORS, parkingItemSchema, stickyNoteSchema } from '../records';
import { collectionCommands } from './collection';

/** The parking lot: parking.add / update / delete / move, one list per workshop. */
export const parkingCommands = collectionCommands({
  prefix: 'parking',
  recordType: 'parkingItem',
  schema: parkingItemSchema,
  defaults: () => ({ text: 'New question', owner: '', status: 'open' as const, board: null, answer: '' }),
});

/** Sticky notes: note.add / update / delete / move. A note can only be stuck to something that exists. */
export const noteCommands = collectionCommands({
  prefix: 'note',
  recordType: 'note',
  schema: stickyNoteSchema,
  defaults: () => ({ board: 'segments' as const, text: 'Note', color: NOTE_COLORS[0], author: '', anchor: null }),
  check: (tx, note) => {
    if (!note.anchor) return;
    for (const { id, types } of anchorTargets(note.anchor)) {
      const target = tx.get(id);
      if (!target || (types.length > 0 && !types.includes(target.type)) || target.type === 'note' || target.type === 'settings') {
        throw new AppError('not_found', `The note's anchor ${id} is not on the board`, { type: types[0] ?? 'record', id });
      }
    }
  },
});
