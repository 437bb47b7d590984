import { z } from 'zod';
import { AppError } from '../errors';
import { sortByOrder } from '../order';
import { agendaItemSchema, idSchema, SETTINGS_ID, type AgendaItem, type Settings } from '../records';
import { collectionCommands } from './collection';
import { defineCommand, type Tx } from './define';

/** Agenda items: the time-boxed blocks of the workshop day. */
export const agendaCommands = collectionCommands({
  prefix: 'agenda',
  recordType: 'agendaItem',
  schema: agendaItemSchema,
  defaults: (tx) => {
    // A new block starts when the last one ends, as a facilitator would expect.
    const items = tx.all('agendaItem').sort((a, b) => (a.order < b.order ? -1 : 1));
    const last = items[items.length - 1];
    const start = last ? addMinutes(last.start, last.duration) : '09:00';
    return { title: 'New item', start, duration: 30, board: null, notes: '' };
  },
  // Times follow the order, as on a printed agenda: moving a block re-times the day, keeping the
  // breaks between positions; lengthening or moving a block's time shifts the blocks after it.
  onMoved: (tx, before) => retimeAfterMove(tx, before),
  onUpdated: (tx, before, after) => shiftLater(tx, after, endOf(after) - endOf(before)),
  onDelete: (tx, item) => {
    const settings = tx.get(SETTINGS_ID) as Settings | undefined;
    if (settings?.timer.itemId === item.id) {
      tx.put({ ...settings, timer: { itemId: null, runningSince: null, elapsed: 0 } });
    }
  },
});

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const endOf = (item: AgendaItem) => toMinutes(item.start) + item.duration;
const inOrder = (tx: Tx) => sortByOrder(tx.all('agendaItem'));

/** After a move: the first block keeps the day's start; each position keeps the gap after it. */
function retimeAfterMove(tx: Tx, before: AgendaItem[]): void {
  if (before.length === 0) return;
  const gaps = before.map((item, k) => (k + 1 < before.length ? toMinutes(before[k + 1]!.start) - endOf(item) : 0));
  let start = toMinutes(before[0]!.start);
  inOrder(tx).forEach((item, k) => {
    const hhmm = addMinutes('00:00', start);
    if (hhmm !== item.start) tx.put({ ...item, start: hhmm });
    start += item.duration + (gaps[k] ?? 0);
  });
}

/** Blocks after `item` (in order) move by `delta` minutes. */
function shiftLater(tx: Tx, item: AgendaItem, delta: number): void {
  if (delta === 0) return;
  const list = inOrder(tx);
  for (const later of list.slice(list.findIndex((x) => x.id === item.id) + 1)) {
    tx.put({ ...later, start: addMinutes(later.start, delta) });
  }
}

/** "HH:MM" + minutes, wrapping at midnight. */
export function addMinutes(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function settingsOf(tx: Tx): Settings {
  const s = tx.get(SETTINGS_ID);
  if (!s || s.type !== 'settings') throw new AppError('not_found', 'This workshop has no settings record');
  return s;
}

/**
 * The agenda timer. Its state is workshop data (the projector shows it), so it travels the
 * change path; it is not undoable because undo should undo decisions, not the clock.
 */
export const timerCommands = [
  defineCommand({
    type: 'timer.start',
    undoable: false,
    schema: z.object({ type: z.literal('timer.start'), itemId: idSchema }),
    apply(tx, cmd, ctx) {
      tx.need('agendaItem', cmd.itemId);
      const s = settingsOf(tx);
      const sameItem = s.timer.itemId === cmd.itemId;
      if (sameItem && s.timer.runningSince !== null) return;
      tx.put({
        ...s,
        timer: { itemId: cmd.itemId, runningSince: ctx.now(), elapsed: sameItem ? s.timer.elapsed : 0 },
      });
    },
  }),
  defineCommand({
    type: 'timer.pause',
    undoable: false,
    schema: z.object({ type: z.literal('timer.pause') }),
    apply(tx, _cmd, ctx) {
      const s = settingsOf(tx);
      if (s.timer.runningSince === null) return;
      const elapsed = s.timer.elapsed + Math.max(0, ctx.now() - s.timer.runningSince);
      tx.put({ ...s, timer: { ...s.timer, runningSince: null, elapsed } });
    },
  }),
  defineCommand({
    type: 'timer.reset',
    undoable: false,
    schema: z.object({ type: z.literal('timer.reset') }),
    apply(tx) {
      const s = settingsOf(tx);
      tx.put({ ...s, timer: { itemId: s.timer.itemId, runningSince: null, elapsed: 0 } });
    },
  }),
] as const;
