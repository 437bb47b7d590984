import { useTranslation } from 'react-i18next';
import type { Consequences } from '../../../shared/breakout/consequences';

const FIGURES = ['people', 'cost', 'uncoveredSegments', 'gaps', 'conflicts'] as const;

/**
 * The computed consequences of each version side by side (people, cost, uncovered segments, gaps,
 * conflicts); a value that differs from the main board says by how much, in text, not colour alone.
 */
export function ConsequencesTable({ main, versions }: { main: Consequences; versions: { name: string; figures: Consequences }[] }) {
  const { t, i18n } = useTranslation('facilitation');
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const show = (key: (typeof FIGURES)[number], v: number) => (key === 'cost' ? t('breakout.money', { value: num.format(v) }) : num.format(v));
  return (
    <table className="breakout-table breakout-figures">
      <caption>{t('breakout.consequences')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('breakout.figure')}</th>
          <th scope="col">{t('breakout.main')}</th>
          {versions.map((v) => (
            <th key={v.name} scope="col">
              {v.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {FIGURES.map((key) => (
          <tr key={key}>
            <th scope="row">{t(`breakout.figures.${key}`)}</th>
            <td>{show(key, main[key])}</td>
            {versions.map((v) => {
              const delta = v.figures[key] - main[key];
              return (
                <td key={v.name} className={delta !== 0 ? 'is-different' : undefined}>
                  {show(key, v.figures[key])}
                  {delta !== 0 && <span className="breakout-delta"> ({delta > 0 ? '+' : '−'}{key === 'cost' ? num.format(Math.abs(delta)) : num.format(Math.abs(delta))})</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
