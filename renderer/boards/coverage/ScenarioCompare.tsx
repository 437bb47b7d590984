import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePlans, type Figure, type PlanFigures } from '../../../shared/calc/coverage';
import type { Scenario } from '../../../shared/records';
import { useOrdered } from '../../state/selectors';
import { assumptionFieldText, assumptionValueText } from './assumptionText';
import { useRoleNames } from './roleNames';
import { deltaText, useFormatters } from './format';
import { usePlan } from './usePlan';

/** Delta with its sign in words too (not colour alone): "+3" / "−2" / "±0". */
function Delta({ value, money }: { value: number; money?: boolean }) {
  const f = useFormatters();
  const rounded = Math.round(value * (money ? 10 : 1)) / (money ? 10 : 1);
  return <span className={`delta ${rounded > 0 ? 'is-up' : rounded < 0 ? 'is-down' : 'is-same'}`}>{deltaText(f, value, money)}</span>;
}

/**
 * Another plan next to the active one: totals and per-motion differences, read as "this plan
 * needs N more/fewer people than that one" (active − other).
 */
export function ScenarioCompare({ active, plan, onDuplicate }: { active: Scenario; plan: PlanFigures; onDuplicate(): void }) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const roleNames = useRoleNames();
  const scenarios = useOrdered('scenario');
  const others = scenarios.filter((s) => s.id !== active.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const other = others.find((s) => s.id === chosen) ?? others[0] ?? null;
  const otherPlan = usePlan(other?.id ?? null);
  const cmp = useMemo(() => comparePlans(otherPlan, plan), [plan, otherPlan]);
  const motionNames = new Map(plan.motions.map((m) => [m.motion.id, m.motion.name]));

  const pair = (x: Figure) => (
    <>
      <span className="fig-people">{f.people(x.people)}</span>
      <span className="fig-cost">{f.money(x.cost)}</span>
    </>
  );
  const row = (label: string, a: Figure, b: Figure, delta: Figure, key: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td>{pair(a)}</td>
      <td>{pair(b)}</td>
      <td>
        <Delta value={delta.people} />
        <span className="fig-cost">
          <Delta value={delta.cost} money />
        </span>
      </td>
    </tr>
  );

  return (
    <section className="cov-panel compare-panel" aria-labelledby="cov-compare-title">
      <div className="panel-head">
        <h3 id="cov-compare-title" className="panel-title">
          {t('compare.title')}
        </h3>
        {other && (
          <label className="compare-pick">
            <span>{t('compare.with')}</span>
            <select value={other.id} onChange={(e) => setChosen(e.target.value)}>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {!other ? (
        <div className="empty-state compact">
          <p>{t('compare.empty')}</p>
          <button type="button" className="primary" onClick={onDuplicate}>
            {t('scenario.duplicate')}
          </button>
        </div>
      ) : (
        <table className="compare-table">
          <caption className="sr-only">{t('compare.caption', { a: other.name, b: active.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.motion')}</th>
              <th scope="col">{other.name}</th>
              <th scope="col">{active.name}</th>
              <th scope="col">{t('compare.delta', { a: other.name, b: active.name })}</th>
            </tr>
          </thead>
          <tbody>{cmp.motions.map((m) => row(m.motion.name, m.a, m.b, m.delta, m.motion.id))}</tbody>
          <tfoot>
            {row(t('compare.total'), cmp.a, cmp.b, cmp.delta, 'total')}
            <tr>
              <th scope="row">{t('compare.uncovered')}</th>
              <td>{f.count(cmp.a.uncoveredSegments)}</td>
              <td>{f.count(cmp.b.uncoveredSegments)}</td>
              <td>
                <Delta value={cmp.delta.uncoveredSegments} />
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      {other && (
        // Plans own their assumptions: a what-if on capacity is only defensible if the room sees
        // which assumption made the difference.
        <table className="compare-table compare-assumptions" aria-labelledby="cov-compare-assumptions">
          <caption id="cov-compare-assumptions">{t('compare.assumptionsTitle')}</caption>
          {cmp.assumptions.length === 0 ? (
            <tbody>
              <tr>
                <td colSpan={3} className="muted">
                  {t('compare.sameAssumptions')}
                </td>
              </tr>
            </tbody>
          ) : (
            <>
              <thead>
                <tr>
                  <th scope="col">{t('compare.assumption')}</th>
                  <th scope="col">{other.name}</th>
                  <th scope="col">{active.name}</th>
                </tr>
              </thead>
              <tbody>
                {cmp.assumptions.map((d) => (
                  <tr key={`${d.motionId}:${d.field}`}>
                    <th scope="row">
                      {motionNames.get(d.motionId) ?? ''} · {assumptionFieldText(d, t, roleNames)}
                    </th>
                    <td>{assumptionValueText(d, d.a, t, f)}</td>
                    <td>{assumptionValueText(d, d.b, t, f)}</td>
                  </tr>
                ))}
              </tbody>
            </>
          )}
        </table>
      )}
    </section>
  );
}
