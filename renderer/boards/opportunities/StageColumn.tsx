import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFitList } from '../../ui/fitList';
import { keepFigures, oneFigure } from '../../ui/keepFigures';
import { usePresentedId } from '../../ui/presented';
import { useReadOnly } from '../../ui/readOnly';
import { useRovingList } from '../../ui/roving';
import type { Assessment, PipelineRow } from '../../../shared/calc/pipeline';
import type { Opportunity, Stage } from '../../../shared/records';
import { columnDropId, type ColumnTarget } from './dnd';
import type { PipelineFormat } from './format';
import { OpportunityCard } from './OpportunityCard';
import { Name } from '../../ui/Name';

interface StageColumnProps {
  stage: Stage;
  row: PipelineRow<Stage>;
  cards: readonly Opportunity[];
  names: { account(id: string | null): string | null; role(id: string | null): string | null };
  outcomesOf(o: Opportunity): { done: number; total: number };
  assessments: ReadonlyMap<string, Assessment>;
  format: PipelineFormat;
  isOver: boolean;
  onOpen(id: string): void;
  onDelete(id: string): void;
  onAdd(stageId: string): void;
}

/** One stage's column: its probability and figures in the header, its opportunities below. */
export const StageColumn = memo(function StageColumn({ stage, row, cards, names, outcomesOf, assessments, format, isOver, onOpen, onDelete, onAdd }: StageColumnProps) {
  const { t } = useTranslation('opportunities');
  const readOnly = useReadOnly();
  const target: ColumnTarget = { stageId: stage.id };
  const { setNodeRef } = useDroppable({ id: columnDropId(stage.id), data: target });
  const headingId = `opp-col-${stage.id}`;
  const card = (o: Opportunity, tabIndex?: 0 | -1) => (
    <OpportunityCard
      tabIndex={tabIndex}
      opportunity={o}
      accountName={names.account(o.accountId)}
      roleName={names.role(o.roleId)}
      outcomes={outcomesOf(o)}
      assessment={assessments.get(o.id)}
      format={format}
      onOpen={onOpen}
      onDelete={onDelete}
    />
  );
  return (
    <section ref={setNodeRef} className={`opp-column${isOver ? ' is-over' : ''}`} aria-labelledby={headingId}>
      <header className="opp-column-head">
        <h3 id={headingId}>
          <Name text={stage.name} />
        </h3>
        <span className="opp-stage-p">{format.percent(stage.probability)}</span>
        <p className="opp-column-figures">
          {keepFigures(t('column.figures', { count: row.count, value: oneFigure(format.money(row.value)), weighted: oneFigure(format.money(row.weighted)) }))}
        </p>
      </header>
      {readOnly ? (
        <ProjectorCards stage={stage} cards={cards} format={format} card={card} />
      ) : (
        <LaptopCards stage={stage} cards={cards} card={card} />
      )}
      {!readOnly && (
        <button type="button" className="opp-add" onClick={() => onAdd(stage.id)} aria-label={t('column.add', { stage: stage.name })}>
          + {t('add')}
        </button>
      )}
    </section>
  );
});

/**
 * A stage's cards on the laptop: one Tab stop for the stage (ui/roving), ↑ ↓ between its cards
 * and ← → across the stages; Space still picks the focused card up (its arrows are then the drag's),
 * Enter opens it, Delete removes it.
 */
function LaptopCards({ stage, cards, card }: { stage: Stage; cards: readonly Opportunity[]; card(o: Opportunity, tabIndex: 0 | -1): ReactNode }) {
  const { t } = useTranslation('opportunities');
  const list = useRef<HTMLUListElement>(null);
  const ids = useMemo(() => cards.map(idOf), [cards]);
  const roving = useRovingList(list, ids);
  return (
    <ul ref={list} className="opp-cards" aria-label={t('column.cardsLabel', { stage: stage.name })} {...roving.listProps}>
      {cards.map((o) => (
        <li key={o.id}>{card(o, roving.itemProps(o.id).tabIndex)}</li>
      ))}
    </ul>
  );
}

/** More cards than a projector stage can ever show: the list is measured from here down. */
const CAP = 16;
const idOf = (o: Opportunity) => o.id;

/**
 * A stage's cards on the projector (present mode, the projector view): the top ones that fit the
 * screen whole and "另有 N 个 / + N more" for the rest, as the segments columns do (ui/fitList);
 * the card the facilitator has in focus takes the last place when it is further down.
 */
function ProjectorCards({ stage, cards, format, card }: { stage: Stage; cards: readonly Opportunity[]; format: PipelineFormat; card(o: Opportunity, tabIndex: 0 | -1): ReactNode }) {
  const { t } = useTranslation('opportunities');
  const list = useRef<HTMLUListElement>(null);
  const em = useRef<HTMLSpanElement>(null);
  const presented = usePresentedId('present-key');
  const presentedAt = presented === null ? -1 : cards.findIndex((o) => presented === `opportunity:${o.id}`);
  const { shown, more } = useFitList(list, em, cards, idOf, presentedAt, CAP);
  // One tab stop per stage: the arrows move between the cards shown, and across the stages.
  const ids = useMemo(() => shown.map(({ item }) => item.id), [shown]);
  const roving = useRovingList(list, ids);
  return (
    <>
      <ul ref={list} className="opp-cards" aria-label={t('column.cardsLabel', { stage: stage.name })} {...roving.listProps}>
        {shown.map(({ item, index }) => (
          <li key={item.id} aria-posinset={index + 1} aria-setsize={cards.length}>
            {card(item, roving.itemProps(item.id).tabIndex)}
          </li>
        ))}
      </ul>
      <span ref={em} className="fit-em-probe" aria-hidden="true" />
      <p className="opp-more">{more > 0 && t('column.more', { count: more, formatted: format.count(more) })}</p>
    </>
  );
}
