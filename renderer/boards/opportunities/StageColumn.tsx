import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../ui/readOnly';
import type { Assessment, PipelineRow } from '../../../shared/calc/pipeline';
import type { Opportunity, Stage } from '../../../shared/records';
import { columnDropId, type ColumnTarget } from './dnd';
import type { PipelineFormat } from './format';
import { OpportunityCard } from './OpportunityCard';

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
  return (
    <section ref={setNodeRef} className={`opp-column${isOver ? ' is-over' : ''}`} aria-labelledby={headingId}>
      <header className="opp-column-head">
        <h3 id={headingId}>{stage.name}</h3>
        <span className="opp-stage-p">{format.percent(stage.probability)}</span>
        <p className="opp-column-figures">
          {t('column.figures', { count: row.count, value: format.money(row.value), weighted: format.money(row.weighted) })}
        </p>
      </header>
      <ul className="opp-cards" aria-label={t('column.cardsLabel', { stage: stage.name })}>
        {cards.map((o) => (
          <li key={o.id}>
            <OpportunityCard
              opportunity={o}
              accountName={names.account(o.accountId)}
              roleName={names.role(o.roleId)}
              outcomes={outcomesOf(o)}
              assessment={assessments.get(o.id)}
              format={format}
              onOpen={onOpen}
              onDelete={onDelete}
            />
          </li>
        ))}
      </ul>
      {!readOnly && (
        <button type="button" className="opp-add" onClick={() => onAdd(stage.id)} aria-label={t('column.add', { stage: stage.name })}>
          + {t('add')}
        </button>
      )}
    </section>
  );
});
