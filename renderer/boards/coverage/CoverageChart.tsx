import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PlanFigures } from '../../../shared/calc/coverage';
import { PALETTE } from '../../../shared/records';
import { useFormatters } from './format';

const PEOPLE_COLOR = PALETTE[0];
const COST_COLOR = PALETTE[1];
/** Axis labels are SVG text, which does not wrap: a long motion name is cut (the table below has it whole). */
const TICK_CHARS = 14;
const shortName = (name: string) => (name.length > TICK_CHARS ? `${name.slice(0, TICK_CHARS - 1)}…` : name);

/**
 * People and cost by motion, as horizontal bars so long motion names stay readable on the
 * projector. The picture is hidden from screen readers; the same numbers are a table for them.
 */
export function CoverageChart({ plan }: { plan: PlanFigures }) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const data = plan.motions.map((m) => ({ name: m.motion.name, people: m.people, cost: Math.round(m.cost * 100) / 100 }));
  const height = Math.max(180, 70 + data.length * 56);
  return (
    <figure className="cov-panel chart-panel" aria-labelledby="cov-chart-title">
      <figcaption id="cov-chart-title" className="panel-title">
        {t('chart.title')}
      </figcaption>
      {plan.totals.people === 0 ? (
        <p className="muted">{t('chart.empty')}</p>
      ) : (
        <div className="chart-box" aria-hidden="true">
          <ResponsiveContainer width="100%" height={height}>
            <BarChart data={data} layout="vertical" margin={{ top: 8, right: 72, bottom: 8, left: 8 }} accessibilityLayer={false} barGap={2}>
              <CartesianGrid horizontal={false} stroke="#e4e4de" />
              <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 14, fill: '#1d1f21' }} tickFormatter={shortName} interval={0} />
              <XAxis xAxisId="people" type="number" orientation="bottom" allowDecimals={false} tick={{ fontSize: 13 }} stroke={PEOPLE_COLOR} />
              <XAxis xAxisId="cost" type="number" orientation="top" tick={{ fontSize: 13 }} stroke={COST_COLOR} />
              <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 14 }} itemSorter={null} />
              <Bar xAxisId="people" dataKey="people" name={t('chart.people')} fill={PEOPLE_COLOR} isAnimationActive={false}>
                <LabelList dataKey="people" position="right" formatter={(v: unknown) => f.people(Number(v))} style={{ fontSize: 13 }} />
              </Bar>
              <Bar xAxisId="cost" dataKey="cost" name={t('chart.cost', { symbol: f.symbol })} fill={COST_COLOR} isAnimationActive={false}>
                <LabelList dataKey="cost" position="right" formatter={(v: unknown) => f.money(Number(v))} style={{ fontSize: 13 }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      {/* A table ignores the 1 px box of .sr-only and would stretch the page: the div clips it. */}
      <div className="sr-only">
        <table>
          <caption>{t('chart.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.motion')}</th>
              <th scope="col">{t('chart.people')}</th>
              <th scope="col">{t('chart.cost', { symbol: f.symbol })}</th>
            </tr>
          </thead>
          <tbody>
            {plan.motions.map((m) => (
              <tr key={m.motion.id}>
                <th scope="row">{m.motion.name}</th>
                <td>{f.people(m.people)}</td>
                <td>{f.money(m.cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
