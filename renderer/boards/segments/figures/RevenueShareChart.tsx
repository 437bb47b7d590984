import { lazy, memo, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sharePercent } from '../../../../shared/calc/segments';
import type { Segment } from '../../../../shared/records';
import { UNASSIGNED_COLOR } from '../color';
import type { Formatters } from '../format';
import type { BoardFigures } from '../state/figures';

/** The Unassigned slice's data key (segment ids never start with two underscores in practice). */
const UNASSIGNED_SLICE = '__unassigned__';

/** The picture comes with the charting library, loaded after the board has painted its cards. */
const RevenueShareBar = lazy(() => import('./RevenueShareBar'));

/**
 * False until the frame after the first commit has been painted: the picture (recharts' code and
 * its first render, some 50 ms of a cold start) waits until the board's cards and the legend's
 * figures are on screen, instead of holding back their first paint.
 */
function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    // The animation frame runs just before the paint; a task queued from it runs after it.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}

export interface Slice {
  key: string;
  name: string;
  color: string;
  revenue: number;
  share: number | null;
}

/**
 * Revenue share by segment: one 100 % bar, each segment its colour, Unassigned grey. The legend
 * under it says the same in words and numbers (for the room at the back and for screen readers),
 * so the chart itself is hidden from assistive technology — and has no keyboard layer of its own
 * (recharts' accessibility layer would add a nameless Tab stop inside the hidden picture).
 */
export const RevenueShareChart = memo(function RevenueShareChart({
  segments,
  figures,
  format,
}: {
  segments: readonly Segment[];
  figures: BoardFigures;
  format: Formatters;
}) {
  const { t } = useTranslation('segments');
  const captionId = useId();
  const total = figures.total.revenue;
  const slices = useMemo<Slice[]>(() => {
    const out: Slice[] = segments.map((s) => {
      const revenue = figures.byColumn.get(s.id)?.revenue ?? 0;
      return { key: s.id, name: s.name, color: s.color, revenue, share: sharePercent(revenue, total) };
    });
    const unassigned = figures.unassigned.revenue;
    out.push({ key: UNASSIGNED_SLICE, name: t('unassigned'), color: UNASSIGNED_COLOR, revenue: unassigned, share: sharePercent(unassigned, total) });
    return out;
  }, [segments, figures, total, t]);
  const row = useMemo(() => Object.fromEntries([['name', 'share'], ...slices.map((s) => [s.key, s.revenue])]), [slices]);
  const painted = usePaintedOnce();

  return (
    <figure className="seg-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="seg-chart-caption">
        {t('chart.title')}
        <span className="muted"> · {t('chart.total', { value: format.money(total) })}</span>
      </figcaption>
      {total > 0 ? (
        <div className="seg-chart-bar" aria-hidden="true">
          {painted && (
            <Suspense fallback={null}>
              <RevenueShareBar row={row} slices={slices} format={format} />
            </Suspense>
          )}
        </div>
      ) : (
        <p className="muted seg-chart-empty">{t('chart.empty')}</p>
      )}
      <ul className="seg-chart-legend">
        {slices.map((s) => (
          <li key={s.key} title={`${s.name} · ${format.share(s.share)} · ${format.money(s.revenue)}`}>
            <span className="seg-legend-swatch" style={{ background: s.color }} aria-hidden="true" />
            <span className="seg-legend-name">{s.name}</span> <strong className="seg-legend-share">{format.share(s.share)}</strong>{' '}
            <span className="muted seg-legend-money">{format.money(s.revenue)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
});
