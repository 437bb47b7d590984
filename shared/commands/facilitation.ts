import { z } from 'zod';
import { anchorKey, anchorTargets } from '../calc/notes';
import { dotsLeft } from '../calc/votes';
import { AppError } from '../errors';
import { keysAt, sortByOrder } from '../order';
import { ballotId, ballotKeySchema, idSchema, NOTE_COLORS, parkingItemSchema, stickyNoteSchema, voteSchema, type Vote } from '../records';
import { collectionCommands } from './collection';
import { defineCommand, type Tx } from './define';

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
    // A note whose item was deleted keeps its (dangling) anchor, shown as detached; editing its
    // words must not fail on it. Only an anchor being set is checked.
    const before = tx.get(note.id);
    if (before?.type === 'note' && before.anchor && anchorKey(before.anchor) === anchorKey(note.anchor)) return;
    for (const { id, types } of anchorTargets(note.anchor)) {
      const target = tx.get(id);
      if (!target || (types.length > 0 && !types.includes(target.type)) || target.type === 'note' || target.type === 'settings') {
        throw new AppError('not_found', `The note's anchor ${id} is not on the board`, { type: types[0] ?? 'record', id });
      }
    }
  },
});

const voteValues = voteSchema.pick({ question: true, board: true, itemType: true, itemIds: true, groups: true, dotsPerGroup: true, hideResults: true });

/** A vote that may still take dots, or an error saying why not (closed, unknown). */
function openVote(tx: Tx, id: string): Vote {
  const vote = tx.need('vote', id);
  if (vote.status === 'closed') throw new AppError('invalid_value', 'This vote is closed', { reason: 'vote_closed' });
  return vote;
}

function validVote(value: unknown): Vote {
  const parsed = voteSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('invalid_value', `${issue?.path.join('.')}: ${issue?.message}`, { field: issue?.path.join('.') ?? '' });
  }
  return parsed.data;
}

/**
 * Dot votes: opened with their question, scope and dots; dots recorded one at a time (each one
 * undoable, as the room calls them out); closed for good. Every vote is kept.
 */
export const voteCommands = [
  defineCommand({
    type: 'vote.open',
    schema: z.object({ type: z.literal('vote.open'), id: idSchema.optional(), values: voteValues }),
    apply(tx, cmd, ctx) {
      const id = cmd.id ?? ctx.newId();
      if (tx.get(id)) throw new AppError('conflict', `A record with id ${id} already exists`, { id });
      if (new Set(cmd.values.itemIds).size !== cmd.values.itemIds.length) throw new AppError('invalid_value', 'An item is in scope twice', { field: 'itemIds' });
      for (const itemId of cmd.values.itemIds) tx.need(cmd.values.itemType, itemId);
      const [order] = keysAt(sortByOrder(tx.all('vote')), tx.all('vote').length);
      tx.put(validVote({ ...cmd.values, id, type: 'vote', status: 'open', dots: [], order }));
    },
  }),
  defineCommand({
    type: 'vote.dot',
    schema: z.object({ type: z.literal('vote.dot'), id: idSchema, group: z.number().int().min(0), itemId: idSchema }),
    apply(tx, cmd) {
      const vote = openVote(tx, cmd.id);
      if (cmd.group >= vote.groups.length) throw new AppError('not_found', `No group ${cmd.group} in this vote`, { type: 'vote', id: cmd.id });
      if (!vote.itemIds.includes(cmd.itemId)) throw new AppError('invalid_value', 'That item is not in this vote', { reason: 'not_in_vote' });
      if (dotsLeft(vote, cmd.group) === 0) {
        throw new AppError('invalid_value', `${vote.groups[cmd.group]} has no dots left`, { reason: 'no_dots_left', group: vote.groups[cmd.group] ?? '', count: vote.dotsPerGroup });
      }
      tx.put({ ...vote, dots: [...vote.dots, { group: cmd.group, itemId: cmd.itemId }] });
    },
  }),
  defineCommand({
    type: 'vote.undot',
    schema: z.object({ type: z.literal('vote.undot'), id: idSchema, group: z.number().int().min(0), itemId: idSchema }),
    apply(tx, cmd) {
      const vote = openVote(tx, cmd.id);
      const at = vote.dots.findLastIndex((d) => d.group === cmd.group && d.itemId === cmd.itemId);
      if (at < 0) return;
      tx.put({ ...vote, dots: vote.dots.filter((_, k) => k !== at) });
    },
  }),
  defineCommand({
    type: 'vote.close',
    schema: z.object({ type: z.literal('vote.close'), id: idSchema }),
    apply(tx, cmd) {
      tx.put({ ...openVote(tx, cmd.id), status: 'closed' });
    },
  }),
  defineCommand({
    type: 'vote.delete',
    schema: z.object({ type: z.literal('vote.delete'), ids: z.array(idSchema).min(1).max(1000) }),
    apply(tx, cmd) {
      for (const id of cmd.ids) {
        tx.need('vote', id);
        tx.remove(id);
        for (const b of tx.all('ballot', (b) => b.voteId === id)) tx.remove(b.id);
      }
    },
  }),
  /**
   * A participant's anonymous ballot from a phone (the room share's only write): up to N dots on
   * items of an open vote; cast again, it replaces the device's ballot; no dots withdraws it. Not
   * on the facilitator's undo stack: Ctrl+Z on the laptop must never take back a phone's vote.
   */
  defineCommand({
    type: 'vote.ballot',
    undoable: false,
    schema: z.object({ type: z.literal('vote.ballot'), id: idSchema, ballot: ballotKeySchema, itemIds: z.array(idSchema).max(50) }),
    apply(tx, cmd) {
      const vote = openVote(tx, cmd.id);
      if (cmd.itemIds.length > vote.dotsPerGroup) {
        throw new AppError('invalid_value', `A ballot has at most ${vote.dotsPerGroup} dots`, { reason: 'ballot_too_many', count: vote.dotsPerGroup });
      }
      if (cmd.itemIds.some((id) => !vote.itemIds.includes(id))) throw new AppError('invalid_value', 'That item is not in this vote', { reason: 'not_in_vote' });
      const id = ballotId(vote.id, cmd.ballot);
      if (cmd.itemIds.length === 0) {
        if (tx.get(id)) tx.remove(id);
        return;
      }
      tx.put({ id, type: 'ballot', voteId: vote.id, itemIds: cmd.itemIds });
    },
  }),
] as const;
