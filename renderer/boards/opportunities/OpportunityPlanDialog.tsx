import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stageQuestions } from '../../../shared/calc/pipeline';
import type { Competitor, Opportunity, OpportunityPlan } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { useOrdered } from '../../state/selectors';
import { Dialog } from '../../ui/Dialog';
import { FormButtons, TextAreaField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { ContactsEditor } from './ContactsEditor';

/**
 * The opportunity plan (商机计划): it grows stage by stage — the guiding questions of every stage
 * up to the card's, answered — with the decision makers, the competitive analysis and the next
 * steps. Save is one command.
 */
export function OpportunityPlanDialog({ opportunity, onClose }: { opportunity: Opportunity; onClose(): void }) {
  const { t } = useTranslation('opportunities');
  const stages = useOrdered('stage');
  const [plan, setPlan] = useState<OpportunityPlan>(opportunity.plan);
  const upTo = stages.findIndex((s) => s.id === opportunity.stageId);
  const grown = upTo >= 0 ? stages.slice(0, upTo + 1) : stages;
  const setCompetitor = (i: number, patch: Partial<Competitor>) => setPlan((p) => ({ ...p, competitors: p.competitors.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await dispatch({ type: 'opportunity.update', id: opportunity.id, patch: { plan } });
    if (r) onClose();
  };
  return (
    <Dialog title={t('plan.opportunityTitle', { name: opportunity.name })} onClose={onClose} wide>
      <form className="form plan-form" onSubmit={submit}>
        {grown.map((s) => {
          const questions = stageQuestions(s);
          return (
            <fieldset key={s.id} className="plan-list">
              <legend>{s.name}</legend>
              {questions.length > 0 && (
                <ul className="plan-questions">
                  {questions.map((q, i) => (
                    <li key={i}>{q}</li>
                  ))}
                </ul>
              )}
              <TextAreaField
                label={t('plan.answers', { stage: s.name })}
                value={plan.answers[s.id] ?? ''}
                onChange={(v) => setPlan((p) => ({ ...p, answers: { ...p.answers, [s.id]: v } }))}
              />
            </fieldset>
          );
        })}
        <ContactsEditor legend={t('plan.decisionMakers')} contacts={plan.decisionMakers} onChange={(decisionMakers) => setPlan((p) => ({ ...p, decisionMakers }))} />
        <fieldset className="plan-list">
          <legend>{t('plan.competition')}</legend>
          {plan.competitors.map((c, i) => (
            <div key={i} className="plan-row plan-row-competitor" role="group" aria-label={t('plan.competitorN', { n: i + 1 })}>
              <input aria-label={t('plan.competitor')} placeholder={t('plan.competitor')} value={c.name} maxLength={200} onChange={(e) => setCompetitor(i, { name: e.target.value })} />
              <input aria-label={t('plan.strengths')} placeholder={t('plan.strengths')} value={c.strengths} maxLength={2000} onChange={(e) => setCompetitor(i, { strengths: e.target.value })} />
              <input aria-label={t('plan.weaknesses')} placeholder={t('plan.weaknesses')} value={c.weaknesses} maxLength={2000} onChange={(e) => setCompetitor(i, { weaknesses: e.target.value })} />
              <input aria-label={t('plan.response')} placeholder={t('plan.response')} value={c.response} maxLength={2000} onChange={(e) => setCompetitor(i, { response: e.target.value })} />
              <button type="button" aria-label={t('plan.removeCompetitor', { n: i + 1 })} onClick={() => setPlan((p) => ({ ...p, competitors: p.competitors.filter((_, j) => j !== i) }))}>
                <Icon name="close" />
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setPlan((p) => ({ ...p, competitors: [...p.competitors, { name: '', strengths: '', weaknesses: '', response: '' }] }))}>
            + {t('plan.addCompetitor')}
          </button>
        </fieldset>
        <TextAreaField label={t('plan.nextSteps')} value={plan.nextSteps} onChange={(nextSteps) => setPlan((p) => ({ ...p, nextSteps }))} />
        <FormButtons cancel={t('common:actions.cancel')} submit={t('common:actions.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
