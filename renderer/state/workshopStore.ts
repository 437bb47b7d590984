import { create } from 'zustand';
import type { CommitResult, WorkshopSnapshot } from '../../shared/api';
import { invertDiff, sameRecord, type Diff } from '../../shared/diff';
import type { ChangeEvent, UndoState } from '../../shared/events';
import { RECORD_TYPES, type AnyRecord, type RecordOf, type RecordType } from '../../shared/records';
import type { WorkshopInfo } from '../../shared/workshop';
import { LayeredMap, LAYER_MIN_SIZE } from './layeredMap';
import { ListedMap } from './listedMap';
import { whenIdle } from './idle';

/** Records grouped by type; a change replaces only the maps of the types it touched. */
export type RecordsByType = { [T in RecordType]: ReadonlyMap<string, RecordOf<T>> };

function emptyByType(): RecordsByType {
  return Object.fromEntries(RECORD_TYPES.map((t) => [t, new Map()])) as unknown as RecordsByType;
}

/**
 * The snapshot's records by type. A large type (a workshop's accounts) becomes a ListedMap over
 * its list: the first paint reads it in order only, and its index by id is built in idle time
 * after it (indexSoon) or by the first lookup, whichever comes first.
 */
function groupRecords(records: readonly AnyRecord[]): RecordsByType {
  const lists = Object.fromEntries(RECORD_TYPES.map((t) => [t, [] as AnyRecord[]])) as Record<RecordType, AnyRecord[]>;
  // Nearly every record is an account: one compare instead of a keyed lookup per record (this
  // loop runs once, before the page's code is optimized).
  const accounts = lists.account;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (r.type === 'account') accounts.push(r);
    else lists[r.type].push(r);
  }
  const out = {} as Record<RecordType, ReadonlyMap<string, AnyRecord>>;
  for (const t of RECORD_TYPES) {
    const list = lists[t];
    if (list.length < LAYER_MIN_SIZE) out[t] = new Map(list.map((r) => [r.id, r]));
    else indexSoon((out[t] = new ListedMap(list)));
  }
  return out as unknown as RecordsByType;
}

/**
 * When a large map's index is built unasked: in idle time once the board has had its first paint
 * (an idle callback asked for at once measured running between the store's load and the board's
 * render, right where it was to be kept out of), and before most first drags.
 */
const INDEX_AFTER_MS = 1000;

function indexSoon(map: ListedMap<AnyRecord>): void {
  setTimeout(() => whenIdle(() => map.buildIndex()), INDEX_AFTER_MS);
}

/**
 * New maps for the types the diff touches; the other types keep their identity (no re-render).
 * The new maps share the old ones' entries (LayeredMap): moving one of 50,000 accounts costs the
 * move, not a copy of the 50,000.
 */
export function applyDiffByType(current: RecordsByType, diff: Diff): RecordsByType {
  const next = { ...current } as Record<RecordType, ReadonlyMap<string, AnyRecord>>;
  const changes = new Map<RecordType, { sets: Map<string, AnyRecord>; deletes: string[] }>();
  const changesOf = (t: RecordType) => {
    let c = changes.get(t);
    if (!c) {
      c = { sets: new Map(), deletes: [] };
      changes.set(t, c);
    }
    return c;
  };
  // Removals first, then updates and additions, as applyDiffTo does.
  for (const r of diff.removed) changesOf(r.type).deletes.push(r.id);
  for (const [before, after] of diff.updated) {
    if (before.type !== after.type) changesOf(before.type).deletes.push(before.id);
    changesOf(after.type).sets.set(after.id, after);
  }
  for (const r of diff.added) changesOf(r.type).sets.set(r.id, r);
  for (const [t, c] of changes) {
    // A delete followed by a set of the same id in one type is a set.
    const deletes = c.sets.size ? c.deletes.filter((id) => !c.sets.has(id)) : c.deletes;
    next[t] = LayeredMap.derive(next[t], c.sets, deletes);
  }
  return next as unknown as RecordsByType;
}

/** A local guess at a command's result, shown until the service's commit for it arrives. */
interface Guess {
  id: number;
  diff: Diff;
}

export interface WorkshopState {
  workshop: WorkshopInfo | null;
  version: number;
  /** What the screen shows: the service's records with the pending guesses applied on top. */
  records: RecordsByType;
  undo: UndoState;
  /** Set when events arrived out of order and the snapshot must be fetched again. */
  stale: boolean;
  /** Guesses not yet confirmed, oldest first (several quick drags may be in flight). */
  pending: Guess[];
  /**
   * A snapshot of this workshop is on its way: its change events are held until `load` (or
   * `abandonSnapshot`), then applied over the snapshot, so a change committed between the
   * snapshot's read and its arrival is not lost.
   */
  expectSnapshot(workshopId: string): void;
  /** The snapshot asked for with `expectSnapshot` will not come (the request failed). */
  abandonSnapshot(workshopId: string): void;
  load(snapshot: WorkshopSnapshot): void;
  /** Shows a command's locally computed diff at once; returns the guess's id. */
  applyOptimistic(diff: Diff): number;
  /** Takes a guess back (the service refused the command). */
  dropGuess(id: number): void;
  /** A commit this window made (its broadcast copy is then ignored), answering guess `guessId`. */
  applyCommit(result: CommitResult, guessId?: number): void;
  /** A broadcast from the service (this or another window's change). */
  applyEvent(event: ChangeEvent): void;
  setInfo(info: WorkshopInfo): void;
  clear(): void;
}

const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoType: null, redoType: null };

const applyGuesses = (records: RecordsByType, guesses: readonly Guess[]) =>
  guesses.reduce((r, g) => applyDiffByType(r, g.diff), records);
const withoutGuesses = (records: RecordsByType, guesses: readonly Guess[]) =>
  guesses.reduceRight((r, g) => applyDiffByType(r, invertDiff(g.diff)), records);

let nextGuessId = 1;

/**
 * Events held while snapshots of one workshop are on their way (not part of the state: nothing
 * renders them). `waiting` counts the snapshots asked for; the events are kept until the last has
 * come, because each later snapshot replaces what the earlier ones and the events between gave.
 */
type WorkshopChange = Extract<ChangeEvent, { kind: 'change' }>;
let held: { workshopId: string; waiting: number; events: WorkshopChange[] } | null = null;

/**
 * The open workshop, as the service last said it is, plus this window's pending guesses. Not a
 * state of record: it is fed only by the snapshot and by diffs of committed changes, in version
 * order; guesses are replaced by the commits they predicted.
 */
export const useWorkshop = create<WorkshopState>((set, get) => {
  /** Re-derives the screen from the service's records with only `keep` guesses on top. */
  const reguess = (keep: Guess[], confirmedChange?: Diff) => {
    const s = get();
    let base = withoutGuesses(s.records, s.pending);
    if (confirmedChange) base = applyDiffByType(base, confirmedChange);
    return { records: applyGuesses(base, keep), pending: keep };
  };
  const settle = (guessId: number | undefined) => {
    if (guessId === undefined || !get().pending.some((g) => g.id === guessId)) return;
    set(reguess(get().pending.filter((g) => g.id !== guessId)));
  };
  const applyAt = (version: number, diff: Diff, undo: UndoState, guessId?: number) => {
    const s = get();
    if (version <= s.version) return settle(guessId);
    if (version !== s.version + 1) {
      set({ stale: true, pending: [] });
      return;
    }
    // The usual case after a drop: the service computed exactly the oldest guess, so the records
    // on screen are already right and no map (10,000 accounts) is copied again.
    const [first, ...rest] = s.pending;
    if (first && sameDiff(first.diff, diff)) {
      set({ version, undo, pending: rest });
      return;
    }
    set({ version, undo, ...reguess(s.pending.filter((g) => g.id !== guessId), diff) });
  };
  return {
    workshop: null,
    version: 0,
    records: emptyByType(),
    undo: NO_UNDO,
    stale: false,
    pending: [],
    expectSnapshot: (workshopId) => {
      if (held?.workshopId === workshopId) held.waiting++;
      else held = { workshopId, waiting: 1, events: [] };
    },
    abandonSnapshot: (workshopId) => {
      if (held?.workshopId === workshopId && --held.waiting === 0) held = null;
    },
    load: (snap) => {
      const events = held?.workshopId === snap.workshop.id ? held.events : [];
      get().abandonSnapshot(snap.workshop.id);
      set({
        workshop: snap.workshop,
        version: snap.version,
        records: groupRecords(snap.records),
        undo: snap.undo,
        stale: false,
        pending: [],
      });
      // Those the snapshot already holds are ignored by version; the rest follow it in order.
      for (const e of events) applyAt(e.version, e.diff, e.undo);
    },
    applyOptimistic: (diff) => {
      const id = nextGuessId++;
      const s = get();
      set({ records: applyDiffByType(s.records, diff), pending: [...s.pending, { id, diff }] });
      return id;
    },
    dropGuess: (id) => settle(id),
    applyCommit: (r, guessId) => {
      // An empty diff (nothing changed) keeps the version; only the undo state may move.
      if (r.version === get().version) {
        set({ undo: r.undo });
        settle(guessId);
        return;
      }
      applyAt(r.version, r.diff, r.undo, guessId);
      settle(guessId);
    },
    applyEvent: (e) => {
      if (e.kind !== 'change') return;
      if (e.workshopId === held?.workshopId) {
        held.events.push(e);
        return;
      }
      if (e.workshopId !== get().workshop?.id) return;
      applyAt(e.version, e.diff, e.undo);
    },
    setInfo: (info) => {
      if (get().workshop?.id === info.id) set({ workshop: info });
    },
    clear: () => {
      held = null;
      set({ workshop: null, version: 0, records: emptyByType(), undo: NO_UNDO, stale: false, pending: [] });
    },
  };
});

/** The settings record of the open workshop (every workshop has exactly one). */
export function useSettings(): RecordOf<'settings'> | undefined {
  return useWorkshop((s) => s.records.settings.get('settings'));
}

/** Two diffs that leave the same records (same adds, same removals, same results of updates). */
export function sameDiff(a: Diff, b: Diff): boolean {
  if (a.added.length !== b.added.length || a.removed.length !== b.removed.length || a.updated.length !== b.updated.length) {
    return false;
  }
  const after = (d: Diff) => new Map<string, unknown>([...d.added.map((r) => [r.id, r] as const), ...d.updated.map(([, r]) => [r.id, r] as const)]);
  const removed = new Set(b.removed.map((r) => r.id));
  if (!a.removed.every((r) => removed.has(r.id))) return false;
  const bAfter = after(b);
  for (const [id, r] of after(a)) if (!sameRecord(r, bAfter.get(id))) return false;
  return true;
}
