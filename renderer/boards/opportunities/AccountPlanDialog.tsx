import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountPlan, PlanAction, Whitespace } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { useOrdered, useRecordMap } from '../../state/selectors';
import { Dialog } from '../../ui/Dialog';
import { FormButtons, TextAreaField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { ContactsEditor } from './ContactsEditor';

type Fields = Omit<AccountPlan, 'id' | 'type' | 'accountId'>;
const STATUSES: Whitespace['status'][] = ['sold', 'open', 'notFit'];

/**
 * The account plan (客户计划) of one account: business situation, relationship map, whitespace by
 * offering (the routes board's offerings), goals, and actions with owners and dates. One per
 * account, made by its first save.
 */
export function AccountPlanDialog({ accountId, onClose }: { accountId: string; onClose(): void }) {
  const { t } = useTranslation('opportunities');
  const account = useRecordMap('account').get(accountId);
  const offerings = useOrdered('offering');
  const existing = [...useRecordMap('accountPlan').values()].find((p) => p.accountId === accountId);
  const [plan, setPlan] = useState<Fields>(() => ({
    situation: existing?.situation ?? '',
    relationships: existing?.relationships ?? [],
    // A new plan lists every offering, so the room only marks where we stand.
    whitespace: existing?.whitespace ?? offerings.map((o) => ({ offering: o.name, status: 'open' as const, note: '' })),
    goals: existing?.goals ?? '',
    actions: existing?.actions ?? [],
  }));
  const setWs = (i: number, patch: Partial<Whitespace>) => setPlan((p) => ({ ...p, whitespace: p.whitespace.map((w, j) => (j === i ? { ...w, ...patch } : w)) }));
  const setAction = (i: number, patch: Partial<PlanAction>) => setPlan((p) => ({ ...p, actions: p.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await dispatch({ type: 'accountPlan.save', accountId, id: existing?.id ?? crypto.randomUUID(), patch: plan });
    if (r) onClose();
  };
  return (
    <Dialog title={t('plan.accountTitle', { name: account?.name ?? '' })} onClose={onClose} wide>
      <form className="form plan-form" onSubmit={submit}>
        <TextAreaField label={t('plan.situation')} value={plan.situation} onChange={(situation) => setPlan((p) => ({ ...p, situation }))} autoFocus />
        <ContactsEditor legend={t('plan.relationships')} contacts={plan.relationships} onChange={(relationships) => setPlan((p) => ({ ...p, relationships }))} />
        <fieldset className="plan-list">
          <legend>{t('plan.whitespace')}</legend>
          {plan.whitespace.map((w, i) => (
            <div key={i} className="plan-row plan-row-ws" role="group" aria-label={w.offering || t('plan.offeringN', { n: i + 1 })}>
              <input aria-label={t('plan.offering')} placeholder={t('plan.offering')} value={w.offering} maxLength={200} onChange={(e) => setWs(i, { offering: e.target.value })} />
              <select aria-label={t('plan.status')} value={w.status} onChange={(e) => setWs(i, { status: e.target.value as Whitespace['status'] })}>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`plan.ws.${s}`)}
                  </option>
                ))}
              </select>
              <input aria-label={t('plan.note')} placeholder={t('plan.note')} value={w.note} maxLength={2000} onChange={(e) => setWs(i, { note: e.target.value })} />
              <button type="button" aria-label={t('plan.removeOffering', { n: i + 1 })} onClick={() => setPlan((p) => ({ ...p, whitespace: p.whitespace.filter((_, j) => j !== i) }))}>
                <Icon name="close" />
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setPlan((p) => ({ ...p, whitespace: [...p.whitespace, { offering: '', status: 'open', note: '' }] }))}>
            + {t('plan.addOffering')}
          </button>
        </fieldset>
        <TextAreaField label={t('plan.goals')} value={plan.goals} onChange={(goals) => setPlan((p) => ({ ...p, goals }))} />
        <fieldset className="plan-list">
          <legend>{t('plan.actions')}</legend>
          {plan.actions.map((a, i) => (
            <div key={i} className="plan-row plan-row-action" role="group" aria-label={t('plan.actionN', { n: i + 1 })}>
              <input aria-label={t('plan.what')} placeholder={t('plan.what')} value={a.what} maxLength={500} onChange={(e) => setAction(i, { what: e.target.value })} />
              <input aria-label={t('plan.owner')} placeholder={t('plan.owner')} value={a.owner} maxLength={200} onChange={(e) => setAction(i, { owner: e.target.value })} />
              <input aria-label={t('plan.due')} type="date" value={a.due} onChange={(e) => setAction(i, { due: e.target.value })} />
              <button type="button" aria-label={t('plan.removeAction', { n: i + 1 })} onClick={() => setPlan((p) => ({ ...p, actions: p.actions.filter((_, j) => j !== i) }))}>
                <Icon name="close" />
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setPlan((p) => ({ ...p, actions: [...p.actions, { what: '', owner: '', due: '' }] }))}>
            + {t('plan.addAction')}
          </button>
        </fieldset>
        <FormButtons cancel={t('common:actions.cancel')} submit={t('common:actions.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
