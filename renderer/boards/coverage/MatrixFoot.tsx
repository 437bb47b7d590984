import { useTranslation } from 'react-i18next';
import type { PlanFigures } from '../../../shared/calc/coverage';
import type { MixRole, Scenario } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { useFormatters } from './format';
import { NumberField } from './NumberField';
import { mixText, useRoleNames } from './roleNames';
import { WarningList } from './Warnings';

/**
 * Per-motion figures under the columns and the plan totals in the corner: what the plan takes —
 * accounts, people (pooled motions round once here), cost, the people per role and the quota they
 * carry against the potential (the client's wallet) of the accounts they cover (issue 11: roles and quotas re-aligned with coverage).
 */
export function MatrixFoot({ plan, scenario }: { plan: PlanFigures; scenario: Scenario }) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const names = useRoleNames();
  const roles = (r: Record<MixRole, number>) => mixText(names, { hunter: f.count(r.hunter), farmer: f.count(r.farmer), coach: f.count(r.coach) }, t);
  const hasQuota = plan.totals.quotaCoverage !== null;
  const quotaWarnings = plan.warnings.filter((w) => w.kind === 'quotaBelowFloor' || w.kind === 'quotaOverWallet');
  return (
    <tfoot>
      <tr className="foot-accounts">
        <th scope="row" id="cov-foot-accounts">
          {t('foot.accounts')}
        </th>
        {plan.motions.map((m) => (
          <td key={m.motion.id} aria-labelledby={`cov-foot-accounts cov-mot-${m.motion.id}`}>
            {f.accounts(m.accounts)}
          </td>
        ))}
        <td className="plan-total">{t('foot.accountsOf', { covered: f.count(plan.totals.accountsCovered), total: f.accounts(plan.totals.accounts) })}</td>
      </tr>
      <tr className="foot-people">
        <th scope="row" id="cov-foot-people">
          {t('foot.people')}
        </th>
        {plan.motions.map((m) => (
          <td
            key={m.motion.id}
            aria-labelledby={`cov-foot-people cov-mot-${m.motion.id}`}
            // Over its limit, the warning says the people too ("15 人，超过上限 10 人"): the projector shows it once.
            className={m.warnings.length ? `has-warning${m.warnings.some((w) => w.kind === 'overLimit') ? ' says-people' : ''}` : undefined}
          >
            <strong>{f.people(m.people)}</strong>
            <WarningList warnings={m.warnings} motion={m.motion} />
          </td>
        ))}
        <td className="plan-total" aria-labelledby="cov-foot-people cov-col-total">
          <strong>{f.people(plan.totals.people)}</strong>
        </td>
      </tr>
      <tr>
        <th scope="row" id="cov-foot-cost">
          {t('foot.cost')}
        </th>
        {plan.motions.map((m) => (
          <td key={m.motion.id} aria-labelledby={`cov-foot-cost cov-mot-${m.motion.id}`}>
            {f.money(m.cost)}
          </td>
        ))}
        <td className="plan-total" aria-labelledby="cov-foot-cost cov-col-total">
          <strong>{f.money(plan.totals.cost)}</strong>
        </td>
      </tr>
      <tr className="foot-roles">
        <th scope="row" id="cov-foot-roles">
          {t('foot.roles', { roles: [names.hunter, names.farmer, names.coach].join(' · ') })}
        </th>
        {plan.motions.map((m) => (
          <td key={m.motion.id} aria-labelledby={`cov-foot-roles cov-mot-${m.motion.id}`}>
            {roles(m.rolePeople)}
          </td>
        ))}
        <td className="plan-total" aria-labelledby="cov-foot-roles cov-col-total">
          {roles(plan.totals.rolePeople)}
        </td>
      </tr>
      <tr className="foot-quota">
        <th scope="row" id="cov-foot-quota">
          {t('foot.quota')}
        </th>
        {plan.motions.map((m) => (
          <td key={m.motion.id} aria-labelledby={`cov-foot-quota cov-mot-${m.motion.id}`}>
            {m.quota > 0 ? f.money(m.quota) : '—'}
          </td>
        ))}
        <td className="plan-total" aria-labelledby="cov-foot-quota cov-col-total">
          {hasQuota ? (
            <>
              <strong>{t('quotaCoverage', { quota: f.money(plan.totals.quota), percent: f.share(plan.totals.quotaCoverage!), potential: f.money(plan.totals.potential) })}</strong>
              <WarningList warnings={quotaWarnings} />
            </>
          ) : (
            <span className="muted cov-small">{t('noQuota')}</span>
          )}
          <label className="cov-small quota-floor">
            <span>{t('quotaFloor')}</span>
            <NumberField
              value={scenario.quotaFloor}
              label={t('quotaFloorLabel', { plan: scenario.name })}
              check={(v) => (v === null || Number.isNaN(v) ? t('assumptions.notANumber') : v < 0 || v > 1000 ? t('quotaFloorRange') : null)}
              commit={(v) => void dispatch({ type: 'scenario.update', id: scenario.id, patch: { quotaFloor: v! } })}
            />
          </label>
        </td>
      </tr>
    </tfoot>
  );
}
