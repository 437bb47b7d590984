import {
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import type { Ghost } from './boardContext';
import { dropIndexAt } from './dropIndex';
import type { GridQueries } from './gridQueries';
import { useEditingSensors } from '../../ui/readOnly';

/** What a drag carries: a route from the palette (placementId null) or a chip from a cell. */
export interface DragData {
  routeId: string;
  placementId: string | null;
}

interface DropAt {
  key: string;
  segmentId: string;
  offeringId: string;
  index: number;
  refused: boolean;
}

/**
 * Mouse and touch drags (dnd-kit): palette → cell adds, chip → cell moves (a copy with Ctrl, Alt or
 * Cmd held, as in PowerPoint), chip → palette takes it out of its cell. The landing position comes
 * from the pointer among the cell's chips and shows as a ghost chip while dragging.
 */
export function usePointerDrag({ q, onRemove, onStart }: { q: GridQueries; onRemove(p: Placement): void; onStart(): void }) {
  const { t } = useTranslation('routes');
  const [drag, setDrag] = useState<(DragData & { copy: boolean }) | null>(null);
  const [preview, setPreview] = useState<{ key: string; ghost: Ghost } | null>(null);
  const copyHeld = useRef(false);
  const sensors = useEditingSensors(useSensors(
    // Mouse rather than Pointer: a PointerSensor claims fingers too, and the long press below would never apply.
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
  ));

  // Modifier keys are read from every key and pointer event while a drag is on.
  useEffect(() => {
    if (!drag) return;
    const track = (e: KeyboardEvent | PointerEvent) => {
      copyHeld.current = e.ctrlKey || e.altKey || e.metaKey;
    };
    window.addEventListener('keydown', track);
    window.addEventListener('keyup', track);
    window.addEventListener('pointermove', track);
    return () => {
      window.removeEventListener('keydown', track);
      window.removeEventListener('keyup', track);
      window.removeEventListener('pointermove', track);
    };
  }, [drag]);

  const dropAt = (e: DragMoveEvent | DragEndEvent, data: DragData, copy: boolean): DropAt | null => {
    const over = e.over;
    if (!over || over.id === 'palette') return null;
    const { segmentId, offeringId } = over.data.current as { segmentId: string; offeringId: string };
    const key = String(over.id);
    const start = getEventCoordinates(e.activatorEvent);
    const cellEl = document.querySelector(`[data-cell-key="${CSS.escape(key)}"]`);
    let index = 0;
    if (start && cellEl) {
      const chips = [...cellEl.querySelectorAll<HTMLElement>('.chip-wrap[data-placement-id]')]
        .filter((el) => el.dataset.placementId !== data.placementId)
        .map((el) => el.getBoundingClientRect());
      index = dropIndexAt({ x: start.x + e.delta.x, y: start.y + e.delta.y }, chips);
    }
    return { key, segmentId, offeringId, index, refused: q.refusedAt(data.routeId, segmentId, offeringId, copy ? null : data.placementId) };
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    onStart();
    copyHeld.current = false;
    setDrag({ ...(active.data.current as DragData), copy: false });
  };
  const onDragMove = (e: DragMoveEvent) => {
    if (!drag) return;
    const copy = drag.placementId !== null && copyHeld.current;
    if (copy !== drag.copy) setDrag({ ...drag, copy });
    const at = dropAt(e, drag, copy);
    const next = at ? { key: at.key, ghost: { index: at.index, routeId: drag.routeId, copy, refused: at.refused } } : null;
    const g = preview?.ghost;
    const same =
      next === preview ||
      (next && preview && next.key === preview.key && g && next.ghost.index === g.index && next.ghost.copy === g.copy && next.ghost.refused === g.refused);
    if (!same) setPreview(next);
  };
  const onDragCancel = () => {
    setDrag(null);
    setPreview(null);
  };
  const onDragEnd = (e: DragEndEvent) => {
    const data = e.active.data.current as DragData;
    const copy = data.placementId !== null && copyHeld.current;
    onDragCancel();
    if (e.over?.id === 'palette') {
      const p = data.placementId ? q.findPlacement(data.placementId) : undefined;
      if (p) onRemove(p);
      return;
    }
    const at = dropAt(e, data, copy);
    if (!at) return;
    const cell = { segmentId: at.segmentId, offeringId: at.offeringId, index: at.index };
    if (data.placementId === null || copy) {
      // A refused drop still goes to the service, which answers with the reason in a toast.
      void dispatch({ type: 'placement.add', id: crypto.randomUUID(), routeId: data.routeId, ...cell }, { optimistic: true });
    } else if (q.placementsIn(at.segmentId, at.offeringId).findIndex((p) => p.id === data.placementId) !== at.index) {
      void dispatch({ type: 'placement.move', id: data.placementId, ...cell }, { optimistic: true });
    }
  };

  const routeOf = (id: unknown) => {
    const s = String(id);
    const routeId = s.startsWith('palette:') ? s.slice('palette:'.length) : q.findPlacement(s.slice('chip:'.length))?.routeId;
    return q.nameOfRoute(routeId ?? '');
  };
  const placeOf = (over: { id: unknown; data: { current?: unknown } } | null) => {
    if (!over) return null;
    if (over.id === 'palette') return t('palette.name');
    const d = over.data.current as { segmentId: string; offeringId: string };
    return q.nameOfCell(d.segmentId, d.offeringId);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.pickedUp', { route: routeOf(active.id) }),
    onDragOver: ({ active, over }) => {
      const where = placeOf(over);
      return where ? t('dnd.over', { route: routeOf(active.id), cell: where }) : t('dnd.outside');
    },
    onDragEnd: ({ active, over }) => {
      const where = placeOf(over);
      return where ? t('dnd.dropped', { route: routeOf(active.id), cell: where }) : t('dnd.cancelled', { route: routeOf(active.id) });
    },
    onDragCancel: ({ active }) => t('dnd.cancelled', { route: routeOf(active.id) }),
  };

  return { drag, preview, sensors, announcements, onDragStart, onDragMove, onDragEnd, onDragCancel };
}
