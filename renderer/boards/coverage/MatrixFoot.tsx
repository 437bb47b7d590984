import { useTranslation } from 'react-i18next';
import type { PlanFigures } from '../../../shared/calc/coverage';
import { useFormatters } from './format';
import { WarningList } from './Warnings';

/** Per-motion figures under the columns and the plan totals in the corner: what the plan takes. */
export function MatrixFoot({ plan }: { plan: PlanFigures }) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  return (
    <tfoot>
      <tr>
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
          <td key={m.motion.id} aria-labelledby={`cov-foot-people cov-mot-${m.motion.id}`} className={m.warnings.length ? 'has-warning' : undefined}>
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
    </tfoot>
  );
}
