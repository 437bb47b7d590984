import { closestCenter, DndContext } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stagesOutOfOrder } from '../../../shared/calc/funnel';
import type { Stage } from '../../../shared/records';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useOrdered } from '../../state/selectors';
import { useReadOnly } from '../../ui/readOnly';
import { useRovingList } from '../../ui/roving';
import { useSortableList, type DndSentence } from '../../ui/useSortableList';
import { StageDialog } from './StageDialog';
import { StageRow } from './StageRow';

/** The stages with their win probabilities, in order; reorder by drag or keyboard. */
export function StagesPanel() {
  const { t } = useTranslation('method');
  const stages = useOrdered('stage');
  const [editing, setEditing] = useState<Stage | null>(null);
  const ids = useMemo(() => stages.map((s) => s.id), [stages]);
  const warnings = useMemo(() => {
    const byId = new Map<string, string>();
    for (const { stage, previous } of stagesOutOfOrder(stages)) {
      byId.set(stage.id, t('stages.outOfOrder', { stage: stage.name, p: stage.probability, previous: previous.name, q: previous.probability }));
    }
    return byId;
  }, [stages, t]);
  const titleOf = useCallback((id: string) => stages.find((s) => s.id === id)?.name ?? '', [stages]);
  const say = useCallback((key: DndSentence, v?: { title: string }) => t(`dnd.${key}`, { ...v, name: v?.title }), [t]);
  const { sensors, accessibility, onDragEnd } = useSortableList({
    ids,
    titleOf,
    say,
    onMove: (id, index) => void dispatch({ type: 'stage.move', id, index }, { optimistic: true }),
  });
  // Read-only (present mode), the stages are one tab stop and ↑ ↓ move along them (ui/roving).
  const readOnly = useReadOnly();
  const list = useRef<HTMLOListElement>(null);
  const roving = useRovingList(list, ids);
  const add = async () => {
    const id = crypto.randomUUID();
    const last = stages[stages.length - 1];
    const r = await dispatch({ type: 'stage.add', id, values: { name: t('stages.newStage'), probability: last?.probability ?? 0 } });
    const created = r?.diff.added.find((x) => x.id === id);
    if (created?.type === 'stage') setEditing(created);
  };
  const onDelete = useCallback(
    (stage: Stage) => void dispatchWithUndo({ type: 'stage.delete', ids: [stage.id] }, t('stages.deleted', { name: stage.name })),
    [t],
  );

  return (
    <section className="panel stages-panel" aria-labelledby="stages-title">
      <header className="board-header">
        <h3 id="stages-title">{t('stages.title')}</h3>
        <button type="button" className="primary" onClick={() => void add()}>
          + {t('stages.add')}
        </button>
      </header>
      <p className="muted small">{t('stages.rule')}</p>
      {stages.length === 0 ? (
        <p className="empty-state">{t('stages.empty')}</p>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol ref={list} className="stage-list" aria-label={t('stages.listLabel')} {...(readOnly ? roving.listProps : {})}>
              {stages.map((s, i) => (
                <StageRow key={s.id} stage={s} position={i + 1} tabIndex={readOnly ? roving.itemProps(s.id).tabIndex : 0} warning={warnings.get(s.id) ?? null} onEdit={setEditing} onDelete={onDelete} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {editing && <StageDialog stage={stages.find((s) => s.id === editing.id) ?? editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
