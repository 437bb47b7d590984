import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uncheckedOutcomes } from '../../../shared/calc/pipeline';
import { useReadOnly } from '../../ui/readOnly';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useOrdered, useRecordMap } from '../../state/selectors';
import { useWorkshop } from '../../state/workshopStore';
import { AssessmentSettingsDialog } from './AssessmentSettingsDialog';
import { ConfirmMoveDialog } from './ConfirmMoveDialog';
import { usePipelineFormat } from './format';
import { OpportunityDialog } from './OpportunityDialog';
import { PipelinePanel } from './PipelinePanel';
import { StageColumns } from './StageColumns';
import { useAssessments, usePipeline } from './usePipeline';
import './opportunities.css';

type Editing = { id: string | null; stageId: string };
type PendingMove = { id: string; stageId: string; unchecked: string[] };

/**
 * Opportunity practice (商机演练): the client's real opportunities on the common stages, the
 * weighted pipeline against the period's target, and each opportunity's go / no-go assessment.
 */
export function OpportunitiesBoard() {
  const { t } = useTranslation('opportunities');
  const stages = useOrdered('stage');
  const opportunities = useRecordMap('opportunity');
  const { pipeline, gap, settings } = usePipeline();
  const assessments = useAssessments();
  const format = usePipelineFormat();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);

  const move = useCallback((id: string, stageId: string) => {
    // At the end of the target column (the index is without the moved card).
    const index = [...useWorkshop.getState().records.opportunity.values()].filter((o) => o.stageId === stageId && o.id !== id).length;
    void dispatch({ type: 'opportunity.move', id, stageId, index }, { optimistic: true });
  }, []);

  const onMove = useCallback(
    (id: string, stageId: string) => {
      const o = opportunities.get(id);
      if (!o) return;
      const from = stages.findIndex((s) => s.id === o.stageId);
      const to = stages.findIndex((s) => s.id === stageId);
      // Forward past unverified outcomes (of the stage left and any skipped) asks first.
      const unchecked = from >= 0 && to > from ? stages.slice(from, to).flatMap((s) => uncheckedOutcomes(o, s)) : [];
      if (unchecked.length > 0) setPending({ id, stageId, unchecked });
      else move(id, stageId);
    },
    [opportunities, stages, move],
  );
  const onOpen = useCallback((id: string) => {
    const o = useWorkshop.getState().records.opportunity.get(id);
    if (o) setEditing({ id, stageId: o.stageId });
  }, []);
  const onDelete = useCallback(
    (id: string) => {
      const o = useWorkshop.getState().records.opportunity.get(id);
      if (o) void dispatchWithUndo({ type: 'opportunity.delete', ids: [id] }, t('deleted', { name: o.name }));
    },
    [t],
  );
  const onAdd = useCallback((stageId: string) => setEditing({ id: null, stageId }), []);
  const readOnly = useReadOnly();
  const first = stages[0];
  const pendingOpp = pending ? opportunities.get(pending.id) : undefined;
  const editingOpp = editing?.id ? (opportunities.get(editing.id) ?? null) : null;

  return (
    <section className="board opportunities-board" aria-labelledby="opportunities-title">
      <header className="board-header">
        <h2 id="opportunities-title">{t('title')}</h2>
        {/* Read-only (present mode, the projector): the board is shown, its editing controls are not. */}
        {!readOnly && (
          <button type="button" onClick={() => setSettingsOpen(true)}>
            {t('settings.open')}
          </button>
        )}
        {first && !readOnly && (
          <button type="button" className="primary" onClick={() => onAdd(first.id)}>
            + {t('add')}
          </button>
        )}
      </header>
      <p className="muted small">{t('rule')}</p>
      <div className="opp-layout">
        <div className="opp-board-scroll">
          {opportunities.size === 0 && stages.length > 0 && <p className="empty-state">{t('empty')}</p>}
          <StageColumns pipeline={pipeline} assessments={assessments} format={format} onMove={onMove} onOpen={onOpen} onDelete={onDelete} onAdd={onAdd} />
        </div>
        <PipelinePanel pipeline={pipeline} gap={gap} settings={settings} format={format} />
      </div>
      {editing && (editing.id === null || editingOpp) && (
        <OpportunityDialog key={editing.id ?? 'new'} opportunity={editingOpp} stageId={editing.stageId} onClose={() => setEditing(null)} />
      )}
      {settingsOpen && <AssessmentSettingsDialog onClose={() => setSettingsOpen(false)} />}
      {pending && pendingOpp && (
        <ConfirmMoveDialog
          name={pendingOpp.name}
          stage={stages.find((s) => s.id === pending.stageId)?.name ?? ''}
          unchecked={pending.unchecked}
          onConfirm={() => {
            move(pending.id, pending.stageId);
            setPending(null);
          }}
          onClose={() => setPending(null)}
        />
      )}
    </section>
  );
}
