import type { AnyRecord, BoardId, NoteAnchor, StickyNote } from '../records';

/** One string per anchor, so a board looks up "the notes on this card" in a map. */
export function anchorKey(anchor: NoteAnchor | null): string {
  if (!anchor) return 'board';
  return anchor.kind === 'record' ? `record:${anchor.id}` : `routesCell:${anchor.segmentId}:${anchor.offeringId}`;
}

/** The ids of the records an anchor needs (a routes cell needs its segment and its offering). */
export function anchorTargets(anchor: NoteAnchor): { id: string; types: readonly AnyRecord['type'][] }[] {
  return anchor.kind === 'record'
    ? [{ id: anchor.id, types: [] }]
    : [
        { id: anchor.segmentId, types: ['segment'] },
        { id: anchor.offeringId, types: ['offering'] },
      ];
}

/**
 * Whether what the note is stuck to is still there. A note outlives the card it was on (the
 * room's remark is not lost when a card is deleted); the notes panel lists it as detached.
 */
export function isAttached(note: StickyNote, get: (id: string) => AnyRecord | undefined): boolean {
  if (!note.anchor) return true;
  return anchorTargets(note.anchor).every(({ id, types }) => {
    const r = get(id);
    return !!r && (types.length === 0 || types.includes(r.type));
  });
}

/** A board's notes by anchor key, each list in board order (what the badges count). */
export function notesByAnchor(notes: Iterable<StickyNote>, board: BoardId): Map<string, StickyNote[]> {
  const out = new Map<string, StickyNote[]>();
  const mine = [...notes].filter((n) => n.board === board).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  for (const note of mine) {
    const key = anchorKey(note.anchor);
    const list = out.get(key);
    if (list) list.push(note);
    else out.set(key, [note]);
  }
  return out;
}
