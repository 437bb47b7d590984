import { useDraggable } from '@dnd-kit/core';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Recommendation } from '../../../shared/calc/pipeline';
import type { Opportunity } from '../../../shared/records';
import { Icon } from '../../ui/Icon';
import { cardDragId, type CardDrag } from './dnd';
import type { PipelineFormat } from './format';
import { useReadOnly } from '../../ui/readOnly';
import { ROVING_ITEM } from '../../ui/roving';

interface OpportunityCardProps {
  opportunity: Opportunity;
  accountName: string | null;
  roleName: string | null;
  /** Checked and total verifiable outcomes of the card's stage. */
  outcomes: { done: number; total: number };
  assessment: Assessment | undefined;
  format: PipelineFormat;
  onOpen(id: string): void;
  onDelete(id: string): void;
  /** The card's place in its stage's roving tabindex (ui/roving); 0 alone, as a stop of its own. */
  tabIndex?: 0 | -1;
}

/**
 * One opportunity: what the room needs to judge it (account, value, probability, close date, owner,
 * next action), the stage's outcomes checked so far and the assessment's recommendation.
 * Space picks it up (dnd-kit), Enter or a click opens it, Delete removes it (undoable).
 */
export const OpportunityCard = memo(function OpportunityCard({ opportunity: o, accountName, roleName, outcomes, assessment, format, onOpen, onDelete, tabIndex = 0 }: OpportunityCardProps) {
  const { t } = useTranslation('opportunities');
  const item: CardDrag = { opportunityId: o.id, stageId: o.stageId };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: cardDragId(o.id),
    data: item,
    attributes: { roleDescription: t('dnd.cardRole') },
  });
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      onOpen(o.id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onDelete(o.id);
    } else {
      (listeners?.onKeyDown as ((e: KeyboardEvent<HTMLElement>) => void) | undefined)?.(e);
    }
  };
  const detailsId = `opp-details-${o.id}`;
  const nameId = `opp-name-${o.id}`;
  // Read-only (present mode, the projector): a card to read, not a button to open or drag.
  const readOnly = useReadOnly();
  const rec = assessment?.recommendation ?? null;
  return (
    <div
      ref={setNodeRef}
      className={`opp-card${isDragging ? ' is-dragging' : ''}`}
      // A button is named by its content (the title; the details are hidden from it); a group needs a label.
      // Read-only, the keyboard reads each card by its title and the projector follows it, as the segments cards do.
      {...(readOnly
        ? { role: 'group', 'aria-labelledby': nameId }
        : { ...attributes, ...listeners, onKeyDown, onClick: () => onOpen(o.id) })}
      // Either way a stage's cards are one Tab stop (ui/roving): dnd-kit's tabindex 0 gives way to it.
      tabIndex={tabIndex}
      {...{ [ROVING_ITEM]: o.id }}
      aria-describedby={detailsId}
      // The projector follows the card in focus and keeps it on screen (StageColumn).
      data-present-key={`opportunity:${o.id}`}
    >
      <span id={nameId} className="opp-name">{o.name}</span>
      {/* On the projector one line under the title: account · value · probability (· the
          assessment's word), so a stage shows several cards at 1280 × 720; the column's header
          has the weighted sum, the laptop and the description below every detail. */}
      {readOnly && (
        <span className="opp-compact" aria-hidden="true">
          <span className="opp-account">{accountName ?? t('card.noAccount')}</span>
          {SEP}
          <strong className="opp-figure">{format.money(o.value)}</strong>
          {SEP}
          <span className="opp-figure">{t('card.probability', { p: o.probability })}</span>
          {rec && (
            <>
              {SEP}
              <span className={`opp-rec rec-${rec}`}>
                <Icon name={REC_ICON[rec]} size={14} />
                {t(`assessment.rec.${rec}`)}
              </span>
            </>
          )}
        </span>
      )}
      {/* Named by its title (tests and announcements say the name), the details its description:
          hidden from the name, so the name is exactly what it shows first and holds nothing else.
          Read-only, the description is every detail in one text, for screen readers only. */}
      {readOnly ? (
        <span id={detailsId} className="sr-only" aria-hidden="true">
          {detailsText(o, accountName, roleName, outcomes, assessment, format, t)}
        </span>
      ) : (
        <span id={detailsId} className="opp-details" aria-hidden="true">
          <span className="opp-account">{accountName ?? t('card.noAccount')}</span>
          <span className="opp-figures">
            <strong>{format.money(o.value)}</strong> · <span>{t('card.probability', { p: o.probability })}</span> ·{' '}
            <span>{t('card.weighted', { value: format.money((o.value * o.probability) / 100) })}</span>
          </span>
          {(o.closeDate || o.owner) && (
            <span className="opp-meta">
              {o.closeDate && <span>{t('card.close', { date: o.closeDate })}</span>}
              {o.owner && <span>{ownerText(o.owner, roleName, t)}</span>}
            </span>
          )}
          {o.nextAction && <span className="opp-next">{t('card.next', { action: o.nextAction })}</span>}
          {outcomes.total > 0 && (
            <span className={`opp-outcomes${outcomes.done === outcomes.total ? ' is-done' : ''}`}>
              {outcomes.done === outcomes.total && <Icon name="check" size={14} />}
              {t('card.outcomes', { done: outcomes.done, total: outcomes.total })}
            </span>
          )}
          {rec && (
            <span className={`opp-rec rec-${rec}`}>
              <Icon name={REC_ICON[rec]} size={14} />
              {t('card.assessment', { rec: t(`assessment.rec.${rec}`), score: Math.round(assessment!.percent) })}
            </span>
          )}
        </span>
      )}
    </div>
  );
});

/** The assessment's word, marked alike on the laptop card and the projector's compact line. */
const REC_ICON: Record<Recommendation, 'check' | 'close' | 'info'> = { pursue: 'check', walkAway: 'close', qualify: 'info' };

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Who owns the opportunity, with the room's role when it has one. */
function ownerText(owner: string, roleName: string | null, t: Translate): string {
  return roleName ? t('card.ownerRole', { owner, role: roleName }) : owner;
}

/** Between the compact line's parts: never at the start of a line (as keepFigures). */
const SEP = '\u00a0· ';

/** The card's details as one text (its description on the projector, where one line shows them). */
function detailsText(
  o: Opportunity,
  accountName: string | null,
  roleName: string | null,
  outcomes: { done: number; total: number },
  assessment: Assessment | undefined,
  format: PipelineFormat,
  t: Translate,
): string {
  const rec = assessment?.recommendation ?? null;
  return [
    accountName ?? t('card.noAccount'),
    `${format.money(o.value)} · ${t('card.probability', { p: o.probability })} · ${t('card.weighted', { value: format.money((o.value * o.probability) / 100) })}`,
    o.closeDate && t('card.close', { date: o.closeDate }),
    o.owner && ownerText(o.owner, roleName, t),
    o.nextAction && t('card.next', { action: o.nextAction }),
    outcomes.total > 0 && t('card.outcomes', { done: outcomes.done, total: outcomes.total }),
    rec && t('card.assessment', { rec: t(`assessment.rec.${rec}`), score: Math.round(assessment!.percent) }),
  ]
    .filter(Boolean)
    .join(' · ');
}
