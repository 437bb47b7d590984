import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import { useEditingSensors } from './readOnly';

interface SortableListOptions {
  ids: readonly string[];
  /** The title the room sees, so announcements name the item, never its id. */
  titleOf(id: string): string;
  /** Translates one of the list's sentences (the board's `dnd.*` keys) with {title, position, count}. */
  say(key: DndSentence, values?: Vals): string;
  /** Called with the moved id and its index in the list without it. */
  onMove(id: string, index: number): void;
}

type Vals = { title: string; position: number; count: number };
export type DndSentence = 'instructions' | 'pickedUp' | 'over' | 'dropped' | 'cancelled';

/**
 * Everything a vertical sortable list needs from dnd-kit: mouse, touch and keyboard sensors,
 * screen-reader announcements that name items by title in the UI language, and the drop → index
 * arithmetic. Boards render their own rows with useSortable.
 */
export function useSortableList({ ids, titleOf, say, onMove }: SortableListOptions) {
  const sensors = useEditingSensors(useSensors(
    // Mouse rather than Pointer: a PointerSensor claims fingers too, and the long press below would never apply.
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  ));
  const accessibility = useMemo(() => {
    const vals = (id: unknown, at: unknown = id): Vals => ({
      title: titleOf(String(id)),
      position: ids.indexOf(String(at)) + 1,
      count: ids.length,
    });
    const announcements: Announcements = {
      onDragStart: ({ active }) => say('pickedUp', vals(active.id)),
      onDragOver: ({ active, over }) => (over ? say('over', vals(active.id, over.id)) : undefined),
      onDragEnd: ({ active, over }) => (over ? say('dropped', vals(active.id, over.id)) : say('cancelled', vals(active.id))),
      onDragCancel: ({ active }) => say('cancelled', vals(active.id)),
    };
    const screenReaderInstructions: ScreenReaderInstructions = { draggable: say('instructions') };
    return { announcements, screenReaderInstructions };
  }, [ids, titleOf, say]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    // With the moved item taken out, the slot it was dropped on is the same index (arrayMove).
    onMove(String(active.id), ids.indexOf(String(over.id)));
  };
  return { sensors, accessibility, onDragEnd };
}
