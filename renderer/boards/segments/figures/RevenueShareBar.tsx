import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Formatters } from '../format';
import type { Slice } from './RevenueShareChart';

/** The stacked 100 % bar of revenue share (recharts); its own chunk so the board paints first. */
export default function RevenueShareBar({ row, slices, format }: { row: Record<string, unknown>; slices: readonly Slice[]; format: Formatters }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={[row]}
        layout="vertical"
        stackOffset="expand"
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
        barCategoryGap={0}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, 1]} />
        <YAxis type="category" dataKey="name" hide />
        <Tooltip
          cursor={false}
          formatter={(value, key) => {
            const slice = slices.find((s) => s.key === key);
            return [`${format.money(Number(value))} · ${format.share(slice?.share ?? null)}`, slice?.name ?? ''];
          }}
          labelFormatter={() => ''}
        />
        {slices.map((s) => (
          <Bar key={s.key} dataKey={s.key} stackId="share" fill={s.color} isAnimationActive={false} stroke="#ffffff" strokeWidth={1} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
