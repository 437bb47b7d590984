import type { Envelope, WorkshopSnapshot } from '../../shared/api';
import { resultsVisible } from '../../shared/calc/votes';
import { touchedIds, type Diff } from '../../shared/diff';
import type { ChangeEvent } from '../../shared/events';
import type { AnyRecord, Ballot, Vote } from '../../shared/records';
import type { Listener } from './events';
import type { Service } from './service';

/**
 * What the room's devices may know of a vote whose results stay hidden until it closes: how many
 * dots are in, not where. The room's share sends every device the workshop's records, so without
 * this a participant could read the hidden counts out of the page (the ballots and the dots the
 * facilitator recorded) before the vote closes.
 *
 * A hidden vote's dots, and the ballots cast in it, all point at the vote's first item on the
 * devices: the count "12 dots in" is still right, the distribution is gone. When the results
 * become visible (the vote closes, or stops hiding them), the same event that says so carries
 * every ballot as it really is; undone, they are masked again.
 */

/** Where a hidden vote's dots point on the devices; null = the vote is shown as it is. */
type MaskOf = (voteId: string) => string | null;

const maskOfVote = (vote: Vote | undefined): string | null => (vote && !resultsVisible(vote) ? vote.itemIds[0]! : null);

function masked(record: AnyRecord, maskOf: MaskOf): AnyRecord {
  if (record.type === 'vote') {
    const to = maskOf(record.id);
    return to === null ? record : { ...record, dots: record.dots.map((d) => ({ ...d, itemId: to })) };
  }
  if (record.type === 'ballot') {
    const to = maskOf(record.voteId);
    return to === null ? record : { ...record, itemIds: record.itemIds.map(() => to) };
  }
  return record;
}

/** A snapshot as the room's devices get it, masked by its own votes (so it is consistent at its version). */
export function roomSnapshot(envelope: Envelope<unknown>): Envelope<unknown> {
  if (!envelope.ok) return envelope;
  const snapshot = envelope.value as WorkshopSnapshot;
  const votes = new Map<string, Vote>();
  for (const r of snapshot.records) if (r.type === 'vote') votes.set(r.id, r);
  const maskOf: MaskOf = (id) => maskOfVote(votes.get(id));
  return { ok: true, value: { ...snapshot, records: snapshot.records.map((r) => masked(r, maskOf)) } };
}

/** Whether a snapshot's bytes can hold a vote with hidden results (JSON escapes a quote inside a string, so only a key matches). */
export function mayHideVotes(json: Uint8Array): boolean {
  return Buffer.from(json.buffer, json.byteOffset, json.byteLength).includes('"hideResults":true');
}

/**
 * The scoped workshop's votes and ballots, followed event by event, to mask each change as the
 * devices must see it: a ballot's change needs its vote's state, and a vote whose results become
 * visible needs every ballot cast in it. One per room share; its devices' listeners share each
 * masked event (one serialization for the whole room).
 */
export class RoomVotes {
  private readonly votes = new Map<string, Vote>();
  private readonly ballots = new Map<string, Ballot>();
  private readonly listeners = new Set<Listener>();
  /** Events that came before the votes were read: sent, in order, once they are. */
  private early: ChangeEvent[] | null = [];
  private version = 0;
  private readonly unsubscribe: () => void;

  constructor(service: Service, private readonly workshopId: string) {
    // Subscribed before the read: a change committed in between is in the read or in `early`.
    this.unsubscribe = service.subscribe((event) => this.arrive(event));
    void service.call('openWorkshop', { workshopId }).then(
      (envelope) => this.start(envelope),
      () => this.start({ ok: false, error: { code: 'internal', message: 'unread' } }),
    );
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  private start(envelope: Envelope<unknown>): void {
    if (envelope.ok) {
      const snapshot = envelope.value as WorkshopSnapshot;
      this.version = snapshot.version;
      for (const r of snapshot.records) {
        if (r.type === 'vote') this.votes.set(r.id, r);
        else if (r.type === 'ballot') this.ballots.set(r.id, r);
      }
    }
    const early = this.early ?? [];
    this.early = null;
    for (const event of early) this.arrive(event);
  }

  private arrive(event: ChangeEvent): void {
    if (this.early) {
      this.early.push(event);
      return;
    }
    const out = event.kind === 'change' && event.workshopId === this.workshopId ? { ...event, diff: this.follow(event.version, event.diff) } : event;
    for (const l of [...this.listeners]) {
      try {
        l(out);
      } catch {
        this.listeners.delete(l);
      }
    }
  }

  /** The diff as the devices get it; moves the votes and ballots on to its version. */
  private follow(version: number, diff: Diff): Diff {
    // Most changes touch no vote (an import of 50,000 accounts): passed on as they are.
    if (!touchesVotes(diff)) {
      this.version = Math.max(this.version, version);
      return diff;
    }
    const before: MaskOf = (id) => maskOfVote(this.votes.get(id));
    // Already in the read (committed between the subscription and the read): the state is past it.
    if (version <= this.version) return maskedDiff(diff, before, before);
    const nextVotes = new Map(this.votes);
    for (const r of diff.removed) if (r.type === 'vote') nextVotes.delete(r.id);
    for (const [, r] of diff.updated) if (r.type === 'vote') nextVotes.set(r.id, r);
    for (const r of diff.added) if (r.type === 'vote') nextVotes.set(r.id, r);
    const after: MaskOf = (id) => maskOfVote(nextVotes.get(id));
    const out = maskedDiff(diff, before, after);
    // A vote whose mask changed (its results shown, hidden again, its first item changed): the
    // ballots this change did not touch change on the devices all the same.
    const touched = touchedIds(diff);
    const remasked = new Set<string>();
    for (const id of new Set([...this.votes.keys(), ...nextVotes.keys()])) if (this.votes.has(id) && nextVotes.has(id) && before(id) !== after(id)) remasked.add(id);
    if (remasked.size > 0) {
      for (const b of this.ballots.values()) if (remasked.has(b.voteId) && !touched.has(b.id)) out.updated.push([masked(b, before), masked(b, after)]);
    }
    for (const r of diff.removed) if (r.type === 'ballot') this.ballots.delete(r.id);
    for (const [, r] of diff.updated) if (r.type === 'ballot') this.ballots.set(r.id, r);
    for (const r of diff.added) if (r.type === 'ballot') this.ballots.set(r.id, r);
    this.votes.clear();
    for (const [id, v] of nextVotes) this.votes.set(id, v);
    this.version = version;
    return out;
  }
}

const isVoteRecord = (r: AnyRecord) => r.type === 'vote' || r.type === 'ballot';

function touchesVotes(diff: Diff): boolean {
  return diff.added.some(isVoteRecord) || diff.removed.some(isVoteRecord) || diff.updated.some(([, a]) => isVoteRecord(a));
}

function maskedDiff(diff: Diff, before: MaskOf, after: MaskOf): Diff {
  return {
    added: diff.added.map((r) => masked(r, after)),
    updated: diff.updated.map(([b, a]) => [masked(b, before), masked(a, after)]),
    removed: diff.removed.map((r) => masked(r, before)),
  };
}
