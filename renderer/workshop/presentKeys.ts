import { sortByOrder, type Ordered } from '../../shared/order';
import type { AgendaItem } from '../../shared/records';
import { navigate, parseHash } from '../app/router';
import { isEditing } from '../app/shortcuts';
import { rovingKeyTaken } from '../ui/roving';
import { useWorkshop } from '../state/workshopStore';
import { stepTo } from './agendaStep';
import { usePresentation } from './presentation';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** A dialog, a menu or a text field has the keys: presentation keys wait. */
function keysTaken(target: EventTarget | null): boolean {
  return isEditing(target) || !!document.querySelector('dialog[open], [role="menu"]');
}

/**
 * The keys of presentation software, on a workshop: B blanks (and un-blanks) the projector, also
 * from the editing view (the laptop drives a second screen); in present mode the arrow keys and
 * Page Up/Down step through the agenda, each step showing its board (the arrows only when the
 * focus is not on a board's list of cards). True when the key was used.
 */
export function presentKey(e: KeyboardEvent): boolean {
  const route = parseHash(window.location.hash);
  if (route.view !== 'workshop' || e.ctrlKey || e.metaKey || e.altKey || keysTaken(e.target)) return false;
  const show = usePresentation.getState();
  if (e.key.toLowerCase() === 'b' && !e.shiftKey) {
    show.toggleBlank();
    return true;
  }
  if (!show.presenting || e.shiftKey) return false;
  // On a board's card the arrows move between the cards (ui/roving); Page Up / Down, what a
  // presenter's clicker sends, still step the agenda from there.
  if (rovingKeyTaken(e.target, e.key)) return false;
  const delta = NEXT.has(e.key) ? 1 : PREVIOUS.has(e.key) ? -1 : 0;
  if (!delta) return false;
  const items = sortByOrder([...useWorkshop.getState().records.agendaItem.values()] as unknown as Ordered[]) as unknown as AgendaItem[];
  const current = show.step ?? useWorkshop.getState().records.settings.get('settings')?.timer.itemId ?? null;
  const item = stepTo(items, current, delta as 1 | -1);
  if (!item) return true;
  show.setStep(item.id);
  navigate({ view: 'workshop', workshopId: route.workshopId, board: item.board ?? 'agenda' });
  return true;
}
