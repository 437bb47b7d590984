import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Pipeline } from '../../../shared/calc/pipeline';
import { PALETTE } from '../../../shared/records';
import { usePresentation } from '../../workshop/presentation';
import type { PipelineFormat } from './format';

const VALUE_COLOR = PALETTE[0];
const WEIGHTED_COLOR = PALETTE[1];

/**
 * The funnel: value and weighted value of each stage as horizontal bars, the stage's count in its
 * label. Hidden from screen readers: the stage table beside it carries the same numbers. Its type
 * follows the board's (larger while presenting), as CoverageChart does.
 */
export function PipelineChart({ pipeline, format }: { pipeline: Pipeline; format: PipelineFormat }) {
  const { t } = useTranslation('opportunities');
  const ref = useRef<HTMLDivElement>(null);
  const presenting = usePresentation((s) => s.presenting);
  const [em, setEm] = useState(15);
  useLayoutEffect(() => {
    const px = ref.current ? parseFloat(getComputedStyle(ref.current).fontSize) : 15;
    if (px > 0) setEm(px);
  }, [presenting]);
  const data = pipeline.byStage.map((r) => ({
    name: t('chart.stageLabel', { stage: r.key.name, count: r.count }),
    value: Math.round(r.value * 10) / 10,
    weighted: Math.round(r.weighted * 10) / 10,
  }));
  const height = Math.max(10 * em, 4 * em + data.length * 3.4 * em);
  const tick = { fontSize: Math.round(0.9 * em) };
  return (
    <div ref={ref} className="chart-box" aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: Math.round(5 * em), bottom: 8, left: 8 }} accessibilityLayer={false} barGap={2}>
          <CartesianGrid horizontal={false} stroke="#e4e4de" />
          <YAxis type="category" dataKey="name" width={Math.round(9 * em)} tick={{ ...tick, fill: '#1d1f21' }} interval={0} />
          <XAxis type="number" tick={tick} />
          <Legend verticalAlign="bottom" wrapperStyle={tick} itemSorter={null} />
          <Bar dataKey="value" name={t('chart.value')} fill={VALUE_COLOR} isAnimationActive={false}>
            <LabelList dataKey="value" position="right" formatter={(v: unknown) => format.money(Number(v))} style={tick} />
          </Bar>
          <Bar dataKey="weighted" name={t('chart.weighted')} fill={WEIGHTED_COLOR} isAnimationActive={false}>
            <LabelList dataKey="weighted" position="right" formatter={(v: unknown) => format.money(Number(v))} style={tick} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
