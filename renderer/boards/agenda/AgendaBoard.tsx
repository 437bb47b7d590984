import { closestCenter, DndContext } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMinutes } from '../../../shared/commands/agenda';
import type { AgendaItem } from '../../../shared/records';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useOrdered } from '../../state/selectors';
import { useSettings, useWorkshop } from '../../state/workshopStore';
import { useReadOnly } from '../../ui/readOnly';
import { useRovingList } from '../../ui/roving';
import { useSortableList, type DndSentence } from '../../ui/useSortableList';
import { AgendaItemDialog } from './AgendaItemDialog';
import { AgendaRow } from './AgendaRow';

/** The workshop day: time-boxed blocks, each tied to the board it works on. */
export function AgendaBoard() {
  const { t } = useTranslation('agenda');
  const workshopId = useWorkshop((s) => s.workshop!.id);
  const items = useOrdered('agendaItem');
  const runningId = useSettings()?.timer.itemId ?? null;
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  const titleOf = useCallback((id: string) => items.find((i) => i.id === id)?.title ?? '', [items]);
  const say = useCallback((key: DndSentence, values?: object) => t(`dnd.${key}`, { ...values }), [t]);
  const { sensors, accessibility, onDragEnd } = useSortableList({
    ids,
    titleOf,
    say,
    onMove: (id, index) => void dispatch({ type: 'agenda.move', id, index }, { optimistic: true }),
  });

  const add = async () => {
    const id = crypto.randomUUID();
    const r = await dispatch({ type: 'agenda.add', id, values: { title: t('newItem') } });
    const created = r?.diff.added.find((x) => x.id === id);
    if (created?.type === 'agendaItem') setEditing(created);
  };
  const onEdit = useCallback((item: AgendaItem) => setEditing(item), []);
  const onDelete = useCallback(
    (item: AgendaItem) => void dispatchWithUndo({ type: 'agenda.delete', ids: [item.id] }, t('deleted', { title: item.title })),
    [t],
  );
  const onStart = useCallback((item: AgendaItem) => void dispatch({ type: 'timer.start', itemId: item.id }), []);
  // Read-only (present mode), the blocks are one tab stop and ↑ ↓ move along them (ui/roving);
  // Page Up / Down still step the agenda. Editing, each block stays a stop of its own.
  const readOnly = useReadOnly();
  const list = useRef<HTMLOListElement>(null);
  const roving = useRovingList(list, ids);

  const first = items[0];
  const last = items[items.length - 1];
  return (
    <section className="board agenda-board" aria-labelledby="agenda-title">
      <header className="board-header">
        <h2 id="agenda-title">{t('title')}</h2>
        {first && last && (
          <span className="muted">{t('total', { start: first.start, end: addMinutes(last.start, last.duration), count: items.length })}</span>
        )}
        <button type="button" className="primary" onClick={() => void add()}>
          + {t('add')}
        </button>
      </header>
      {items.length === 0 ? (
        <div className="empty-state">
          <p>{t('empty')}</p>
          <button type="button" className="primary" onClick={() => void add()}>
            + {t('add')}
          </button>
        </div>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={accessibility}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol
              ref={list}
              {...(readOnly ? roving.listProps : {})}
              className="agenda-list"
              aria-label={t('listLabel')}
              onDoubleClick={(e) => {
                if (e.target === e.currentTarget) void add();
              }}
            >
              {items.map((item) => (
                <AgendaRow
                  key={item.id}
                  item={item}
                  workshopId={workshopId}
                  running={item.id === runningId}
                  tabIndex={readOnly ? roving.itemProps(item.id).tabIndex : 0}
                  onEdit={onEdit}
                  onDelete={onDelete}
                  onStart={onStart}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {editing && <AgendaItemDialog item={items.find((i) => i.id === editing.id) ?? editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
