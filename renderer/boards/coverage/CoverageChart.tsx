import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PlanFigures } from '../../../shared/calc/coverage';
import { PALETTE } from '../../../shared/records';
import { useFontPx } from '../../ui/useFontPx';
import { useFormatters } from './format';

const PEOPLE_COLOR = PALETTE[0];
const COST_COLOR = PALETTE[1];
/** The name axis is this many ems wide; its labels are SVG text, which does not wrap. */
const AXIS_EM = 13;

/**
 * A motion name cut to what fits the name axis (a CJK character is about 1 em wide, a Latin one
 * about half): the table under the chart, and the matrix, carry the whole name.
 */
function fitLabel(name: string, ems: number): string {
  let width = 0;
  for (let i = 0; i < name.length; i++) {
    width += /[\u2E80-\uFFEF]/.test(name[i]!) ? 1 : 0.55;
    if (width > ems) return `${name.slice(0, Math.max(1, i - 1))}…`;
  }
  return name;
}

/**
 * People and cost by motion, as horizontal bars so long motion names stay readable on the
 * projector. The picture is hidden from screen readers; the same numbers are a table for them.
 * Its type follows the board's (projector-sized while presenting), like every other text on the board.
 */
export function CoverageChart({ plan }: { plan: PlanFigures }) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const ref = useRef<HTMLElement>(null);
  const em = useFontPx(ref);
  const data = plan.motions.map((m) => ({ name: m.motion.name, people: m.people, cost: Math.round(m.cost * 100) / 100 }));
  const height = Math.max(12 * em, 4.7 * em + data.length * 3.7 * em);
  const tick = { fontSize: Math.round(0.93 * em) };
  const small = { fontSize: Math.round(0.87 * em) };
  return (
    <figure ref={ref} className="cov-panel chart-panel" aria-labelledby="cov-chart-title">
      <figcaption id="cov-chart-title" className="panel-title">
        {t('chart.title')}
      </figcaption>
      {plan.totals.people === 0 ? (
        <p className="muted">{t('chart.empty')}</p>
      ) : (
        <div className="chart-box" aria-hidden="true">
          <ResponsiveContainer width="100%" height={height}>
            <BarChart
              data={data}
              layout="vertical"
              margin={{ top: 8, right: Math.round(4.8 * em), bottom: 8, left: 8 }}
              accessibilityLayer={false}
              barGap={2}
            >
              <CartesianGrid horizontal={false} stroke="#e4e4de" />
              <YAxis
                type="category"
                dataKey="name"
                width={Math.round(AXIS_EM * em)}
                tick={{ ...tick, fill: '#1d1f21' }}
                tickFormatter={(name: string) => fitLabel(name, AXIS_EM / 0.93 - 1)}
                interval={0}
              />
              <XAxis xAxisId="people" type="number" orientation="bottom" allowDecimals={false} tick={small} stroke={PEOPLE_COLOR} />
              <XAxis xAxisId="cost" type="number" orientation="top" tick={small} stroke={COST_COLOR} />
              <Legend verticalAlign="bottom" wrapperStyle={tick} itemSorter={null} />
              <Bar xAxisId="people" dataKey="people" name={t('chart.people')} fill={PEOPLE_COLOR} isAnimationActive={false}>
                <LabelList dataKey="people" position="right" formatter={(v: unknown) => f.people(Number(v))} style={small} />
              </Bar>
              <Bar xAxisId="cost" dataKey="cost" name={t('chart.cost', { symbol: f.symbol })} fill={COST_COLOR} isAnimationActive={false}>
                <LabelList dataKey="cost" position="right" formatter={(v: unknown) => f.money(Number(v))} style={small} />
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
