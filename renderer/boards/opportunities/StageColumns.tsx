import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
} from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Pipeline } from '../../../shared/calc/pipeline';
import { outcomeItems } from '../../../shared/calc/pipeline';
import { sortByOrder } from '../../../shared/order';
import type { Opportunity, Stage } from '../../../shared/records';
import { useOrdered, useRecordMap } from '../../state/selectors';
import { columnCollision, columnKeyboardCoordinates, type CardDrag, type ColumnTarget } from './dnd';
import type { PipelineFormat } from './format';
import { StageColumn } from './StageColumn';
import { useEditingSensors } from '../../ui/readOnly';
import { ROVING_GROUP } from '../../ui/roving';

/** Space picks up and drops, Esc cancels; Enter is left free to open a card (UX.md). */
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space'] };

interface StageColumnsProps {
  pipeline: Pipeline;
  assessments: ReadonlyMap<string, Assessment>;
  format: PipelineFormat;
  /** A drop on another stage: the board decides (it may ask to confirm skipped outcomes). */
  onMove(opportunityId: string, stageId: string): void;
  onOpen(id: string): void;
  onDelete(id: string): void;
  onAdd(stageId: string): void;
}

/** The stages as columns of opportunity cards, with drag by mouse, touch and keyboard, announced by name. */
export function StageColumns({ pipeline, assessments, format, onMove, onOpen, onDelete, onAdd }: StageColumnsProps) {
  const { t } = useTranslation('opportunities');
  const stages = useOrdered('stage');
  const opportunities = useRecordMap('opportunity');
  const accounts = useRecordMap('account');
  const roles = useRecordMap('role');
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  // The stage last announced: a card starts over its own column, and saying so would drown "picked up".
  const announcedOver = useRef<string | null>(null);
  const sensors = useEditingSensors(useSensors(
    // Mouse rather than Pointer: a PointerSensor claims fingers too, and the long press below would never apply.
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES }),
  ));
  const byStage = useMemo(() => {
    const out = new Map<string, Opportunity[]>(stages.map((s) => [s.id, []]));
    for (const o of opportunities.values()) out.get(o.stageId)?.push(o);
    for (const [k, list] of out) out.set(k, sortByOrder(list));
    return out;
  }, [stages, opportunities]);
  const stageById = useMemo(() => new Map(stages.map((s) => [s.id, s])), [stages]);
  const names = useMemo(
    () => ({
      account: (id: string | null) => (id ? (accounts.get(id)?.name ?? null) : null),
      role: (id: string | null) => (id ? (roles.get(id)?.name ?? null) : null),
    }),
    [accounts, roles],
  );
  const outcomesOf = useCallback(
    (o: Opportunity) => {
      const stage = stageById.get(o.stageId);
      const total = stage ? outcomeItems(stage).length : 0;
      const done = (o.outcomes[o.stageId] ?? []).filter((i) => i < total).length;
      return { done, total };
    },
    [stageById],
  );

  const cardOf = (data: unknown) => (data as { current?: CardDrag } | undefined)?.current ?? null;
  const targetOf = (data: unknown) => (data as { current?: ColumnTarget } | undefined)?.current ?? null;
  const nameOf = (item: CardDrag | null) => (item ? (opportunities.get(item.opportunityId)?.name ?? '') : '');
  const stageName = (id: string | undefined) => (id ? (stageById.get(id)?.name ?? '') : '');
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const item = cardOf(active.data);
      announcedOver.current = item?.stageId ?? null;
      return t('dnd.pickedUp', { name: nameOf(item), stage: stageName(item?.stageId) });
    },
    onDragOver: ({ active, over }) => {
      const target = targetOf(over?.data);
      const at = target?.stageId ?? null;
      if (at === announcedOver.current) return undefined;
      announcedOver.current = at;
      return target ? t('dnd.over', { name: nameOf(cardOf(active.data)), stage: stageName(target.stageId) }) : t('dnd.notOver', { name: nameOf(cardOf(active.data)) });
    },
    onDragEnd: ({ active, over }) => {
      const target = targetOf(over?.data);
      return target ? t('dnd.dropped', { name: nameOf(cardOf(active.data)), stage: stageName(target.stageId) }) : t('dnd.cancelled', { name: nameOf(cardOf(active.data)) });
    },
    onDragCancel: ({ active }) => t('dnd.cancelled', { name: nameOf(cardOf(active.data)) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    setOver(null);
    const item = cardOf(active.data);
    const target = targetOf(over?.data);
    if (item && target && target.stageId !== item.stageId) onMove(item.opportunityId, target.stageId);
  };
  const dragged = dragging ? opportunities.get(dragging) : undefined;

  if (stages.length === 0) return <p className="empty-state">{t('noStages')}</p>;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={columnCollision}
      onDragStart={({ active }) => setDragging(cardOf(active.data)?.opportunityId ?? null)}
      onDragOver={({ over }: DragOverEvent) => setOver(targetOf(over?.data)?.stageId ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setDragging(null);
        setOver(null);
      }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      {/* The stages side by side: ← → move the focus across them on a read-only board (ui/roving). */}
      <div className="opp-columns" style={{ ['--stage-count' as string]: stages.length }} {...{ [ROVING_GROUP]: '' }}>
        {stages.map((s: Stage, i) => (
          <StageColumn
            key={s.id}
            stage={s}
            row={pipeline.byStage[i] ?? { key: s, count: 0, value: 0, weighted: 0 }}
            cards={byStage.get(s.id) ?? []}
            names={names}
            outcomesOf={outcomesOf}
            assessments={assessments}
            format={format}
            isOver={over === s.id && dragging !== null}
            onOpen={onOpen}
            onDelete={onDelete}
            onAdd={onAdd}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={{ duration: 150 }}>
        {dragged ? (
          <div className="opp-card opp-card-preview" aria-hidden="true">
            <span className="opp-name">{dragged.name}</span>
            <span className="opp-figures">{format.money(dragged.value)}</span>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
