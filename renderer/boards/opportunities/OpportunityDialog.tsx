import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assess, outcomeItems, probabilityBound } from '../../../shared/calc/pipeline';
import type { Opportunity } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { useOrdered, useRecordMap } from '../../state/selectors';
import { Dialog } from '../../ui/Dialog';
import { FormButtons, TextField } from '../../ui/Field';
import { editPatch } from '../../ui/editPatch';
import { isEmptyPatch } from '../../ui/patch';
import { AccountPlanDialog } from './AccountPlanDialog';
import { AssessmentSection } from './AssessmentSection';
import { OpportunityPlanDialog } from './OpportunityPlanDialog';
import { usePipelineSettings } from './usePipeline';

interface OpportunityDialogProps {
  /** The opportunity to edit, or null for a new one in `stageId`. */
  opportunity: Opportunity | null;
  stageId: string;
  onClose(): void;
}

type Draft = Pick<Opportunity, 'name' | 'accountId' | 'closeDate' | 'owner' | 'roleId' | 'nextAction' | 'routeId' | 'outcomes' | 'scores'> & {
  value: string;
  probability: string;
};

const draftOf = (o: Opportunity | null, probability: number): Draft => ({
  name: o?.name ?? '',
  accountId: o?.accountId ?? null,
  value: String(o?.value ?? ''),
  probability: String(o?.probability ?? probability),
  closeDate: o?.closeDate ?? '',
  owner: o?.owner ?? '',
  roleId: o?.roleId ?? null,
  nextAction: o?.nextAction ?? '',
  routeId: o?.routeId ?? null,
  outcomes: o?.outcomes ?? {},
  scores: o?.scores ?? {},
});

/**
 * An opportunity's card in full: what it is, the stage's verifiable outcomes as a checklist and
 * the go / no-go assessment. Save is one command; a probability above the bound is refused by the
 * service with the bound named, and the dialog stays open to correct it.
 */
export function OpportunityDialog({ opportunity, stageId, onClose }: OpportunityDialogProps) {
  const { t } = useTranslation('opportunities');
  const stages = useOrdered('stage');
  const accounts = useRecordMap('account');
  const routes = useOrdered('route');
  const roles = useOrdered('role');
  const criteria = useOrdered('criterion');
  const settings = usePipelineSettings();
  const stage = stages.find((s) => s.id === (opportunity?.stageId ?? stageId));
  const [opened] = useState(opportunity);
  const [draft, setDraft] = useState<Draft>(() => draftOf(opportunity, stage?.probability ?? 0));
  const [planOpen, setPlanOpen] = useState<'opportunity' | 'account' | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const accountOptions = useMemo(() => [...accounts.values()].sort((a, b) => a.name.localeCompare(b.name)), [accounts]);
  const items = stage ? outcomeItems(stage) : [];
  const checked = new Set(stage ? (draft.outcomes[stage.id] ?? []) : []);
  const assessment = assess({ scores: draft.scores }, criteria, settings);
  const bound = stage ? probabilityBound(stage, assessment) : null;

  const toggle = (i: number) => {
    if (!stage) return;
    const next = new Set(checked);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    set('outcomes', { ...draft.outcomes, [stage.id]: [...next].sort((a, b) => a - b) });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const values = {
      name: draft.name.trim(),
      accountId: draft.accountId,
      value: Number(draft.value) || 0,
      probability: Number(draft.probability),
      closeDate: draft.closeDate,
      owner: draft.owner,
      roleId: draft.roleId,
      nextAction: draft.nextAction,
      routeId: draft.routeId,
      outcomes: draft.outcomes,
      scores: draft.scores,
    };
    if (!opened) {
      const r = await dispatch({ type: 'opportunity.add', id: crypto.randomUUID(), stageId, values });
      if (r) onClose();
      return;
    }
    // `opportunity` is the live record: a change another window made meanwhile to another field survives.
    const patch = editPatch(opened, values, opportunity ?? opened);
    if (isEmptyPatch(patch)) return onClose();
    const r = await dispatch({ type: 'opportunity.update', id: opened.id, patch });
    if (r) onClose();
  };

  return (
    <Dialog title={opened ? t('dialog.editTitle', { name: opened.name }) : t('dialog.newTitle', { stage: stage?.name ?? '' })} onClose={onClose} wide>
      <form className="form opp-form" onSubmit={submit}>
        <div className="field-row">
          <TextField label={t('field.name')} value={draft.name} onChange={(v) => set('name', v)} required maxLength={200} autoFocus />
          <label className="field">
            <span>{t('field.account')}</span>
            <select value={draft.accountId ?? ''} onChange={(e) => set('accountId', e.target.value || null)}>
              <option value="">{t('field.noAccount')}</option>
              {accountOptions.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="field-row field-row-3">
          <TextField label={t('field.value')} type="number" min={0} step="any" value={draft.value} onChange={(v) => set('value', v)} />
          <TextField
            label={t('field.probability')}
            type="number"
            min={0}
            max={100}
            step={1}
            value={draft.probability}
            onChange={(v) => set('probability', v)}
            aria-describedby="opp-bound"
          />
          <TextField label={t('field.closeDate')} type="date" value={draft.closeDate} onChange={(v) => set('closeDate', v)} />
        </div>
        {bound && stage && (
          <p id="opp-bound" className="muted small">
            {bound.by === 'stage' ? t('dialog.boundStage', { bound: bound.bound, stage: stage.name }) : t('dialog.boundAssessment', { bound: bound.bound })}
          </p>
        )}
        <div className="field-row field-row-3">
          <TextField label={t('field.owner')} value={draft.owner} onChange={(v) => set('owner', v)} maxLength={200} />
          <label className="field">
            <span>{t('field.role')}</span>
            <select value={draft.roleId ?? ''} onChange={(e) => set('roleId', e.target.value || null)}>
              <option value="">{t('field.noRole')}</option>
              {roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('field.route')}</span>
            <select value={draft.routeId ?? ''} onChange={(e) => set('routeId', e.target.value || null)}>
              <option value="">{t('field.noRoute')}</option>
              {routes.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.number}. {r.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <TextField label={t('field.nextAction')} value={draft.nextAction} onChange={(v) => set('nextAction', v)} maxLength={500} />
        {stage && items.length > 0 && (
          <fieldset className="opp-checklist">
            <legend>{t('dialog.outcomes', { stage: stage.name })}</legend>
            {items.map((item, i) => (
              <label key={i} className="choice">
                <input type="checkbox" checked={checked.has(i)} onChange={() => toggle(i)} />
                <span>{item}</span>
              </label>
            ))}
          </fieldset>
        )}
        <AssessmentSection criteria={criteria} scores={draft.scores} assessment={assessment} onScores={(scores) => set('scores', scores)} />
        <FormButtons
          cancel={t('common:actions.cancel')}
          submit={t('common:actions.save')}
          onCancel={onClose}
          disabled={!draft.name.trim()}
          before={
            opportunity && (
              <span className="opp-plan-buttons">
                <button type="button" onClick={() => setPlanOpen('opportunity')}>
                  {t('plan.openOpportunity')}
                </button>
                {opportunity.accountId && (
                  <button type="button" onClick={() => setPlanOpen('account')}>
                    {t('plan.openAccount')}
                  </button>
                )}
              </span>
            )
          }
        />
      </form>
      {/* The plans open over this dialog (a native modal stack): edits here are kept meanwhile. */}
      {planOpen === 'opportunity' && opportunity && <OpportunityPlanDialog opportunity={opportunity} onClose={() => setPlanOpen(null)} />}
      {planOpen === 'account' && opportunity?.accountId && <AccountPlanDialog accountId={opportunity.accountId} onClose={() => setPlanOpen(null)} />}
    </Dialog>
  );
}
