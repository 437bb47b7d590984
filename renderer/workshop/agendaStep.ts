import type { AgendaItem } from '../../shared/records';

/**
 * The agenda item the arrow keys go to: the next (+1) or previous (-1) from the current step; from
 * no step, → starts at the running block's item (or the first) and ← stays put. Clamped at the
 * ends, as presentation software does at the last slide.
 */
export function stepTo(items: readonly AgendaItem[], current: string | null, delta: 1 | -1): AgendaItem | null {
  if (!items.length) return null;
  const at = current ? items.findIndex((i) => i.id === current) : -1;
  if (at < 0) return delta > 0 ? items[0]! : null;
  return items[Math.min(items.length - 1, Math.max(0, at + delta))]!;
}
