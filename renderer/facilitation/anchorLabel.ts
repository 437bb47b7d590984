import type { NoteAnchor } from '../../shared/records';
import type { RecordsByType } from '../state/workshopStore';

/** What a note is stuck to, in words ("中型企业", "中型企业 · 集成解决方案"); null when it is gone. */
export function anchorLabel(anchor: NoteAnchor, records: RecordsByType): string | null {
  if (anchor.kind === 'routesCell') {
    const segment = records.segment.get(anchor.segmentId);
    const offering = records.offering.get(anchor.offeringId);
    return segment && offering ? `${segment.name} · ${offering.name}` : null;
  }
  for (const type of ['account', 'segment', 'motion', 'route', 'offering', 'coverage', 'agendaItem', 'stage', 'parkingItem', 'note'] as const) {
    const r = records[type].get(anchor.id);
    if (!r) continue;
    if (r.type === 'coverage') {
      const segment = records.segment.get(r.segmentId);
      const motion = records.motion.get(r.motionId);
      return `${segment?.name ?? '?'} · ${motion?.name ?? '?'}`;
    }
    if ('name' in r) return r.name;
    if ('title' in r) return r.title;
    if ('text' in r) return r.text;
  }
  return null;
}

export const sameAnchor = (a: NoteAnchor | null, b: NoteAnchor | null): boolean => JSON.stringify(a) === JSON.stringify(b);
