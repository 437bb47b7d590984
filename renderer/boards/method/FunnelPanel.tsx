import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultFunnel, fromVisits, fromWins, overallRate } from '../../../shared/calc/funnel';
import type { Funnel } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { useSettings } from '../../state/workshopStore';
import { CommitField } from '../../ui/CommitField';
import { Icon } from '../../ui/Icon';

/** The deck's default funnel (80 % at each step), in the interface language until edited. */
function useDefaultFunnel(): Funnel {
  const { t } = useTranslation('method');
  return useMemo(() => defaultFunnel(t('funnel.defaultSteps', { returnObjects: true }) as string[]), [t]);
}

/**
 * Funnel calculator: target wins → customers to visit, or visits → expected wins, from each
 * step's conversion rate. Inputs are workshop data (commands); results are computed, never stored.
 */
export function FunnelPanel() {
  const { t, i18n } = useTranslation('method');
  const fallback = useDefaultFunnel();
  const funnel = useSettings()?.funnel ?? fallback;
  const [draftRates, setDraftRates] = useState<Record<number, string>>({});
  // Optimistic: the calculator answers as you type or click, the service confirms a moment later.
  const update = (patch: Partial<Funnel>) => void dispatch({ type: 'funnel.update', base: funnel, patch }, { optimistic: true });
  const nf = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

  // What-if: rates being typed count at once; they are stored when the field is left.
  const steps = funnel.steps.map((s, i) => {
    const d = Number(draftRates[i]);
    return draftRates[i] !== undefined && draftRates[i] !== '' && d >= 0 && d <= 100 ? { ...s, rate: d } : s;
  });
  const rows = funnel.mode === 'fromWins' ? fromWins(steps, funnel.targetWins) : fromVisits(steps, funnel.visits);
  const top = Math.max(1, ...rows.map((r) => (Number.isFinite(r.count) ? r.count : 0)));
  const impossible = rows.some((r) => !Number.isFinite(r.count));
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;

  return (
    <section className="panel funnel-panel" aria-labelledby="funnel-title">
      <h3 id="funnel-title">{t('funnel.title')}</h3>
      <fieldset className="field funnel-mode">
        <legend>{t('funnel.mode')}</legend>
        {(['fromWins', 'fromVisits'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name="funnel-mode" checked={funnel.mode === mode} onChange={() => update({ mode })} />
            <span>{t(`funnel.${mode}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{funnel.mode === 'fromWins' ? t('funnel.targetWins') : t('funnel.visits')}</span>
        <CommitField
          type="number"
          min={0}
          step={1}
          value={String(funnel.mode === 'fromWins' ? funnel.targetWins : funnel.visits)}
          onCommit={(v) => {
            const n = Math.max(0, Math.round(Number(v) || 0));
            update(funnel.mode === 'fromWins' ? { targetWins: n } : { visits: n });
          }}
        />
      </label>
      <ol className="funnel-steps" aria-label={t('funnel.stepsLabel')}>
        {funnel.steps.map((step, i) => {
          const row = rows[i]!;
          const width = Number.isFinite(row.count) ? Math.max(2, (row.count / top) * 100) : 100;
          const isLast = i === funnel.steps.length - 1;
          return (
            <li key={i} className="funnel-step" aria-label={step.name}>
              <CommitField
                className="funnel-name"
                aria-label={step.name}
                value={step.name}
                maxLength={200}
                onCommit={(name) => name.trim() && update({ steps: funnel.steps.map((s, j) => (j === i ? { ...s, name: name.trim() } : s)) })}
              />
              <div className="funnel-bar-track" aria-hidden="true">
                <div className="funnel-bar" style={{ width: `${width}%` }} />
              </div>
              <span className="funnel-count">
                {Number.isFinite(row.count)
                  ? t(funnel.mode === 'fromWins' ? 'funnel.needed' : 'funnel.expected', { n: nf.format(row.count) })
                  : '∞'}
              </span>
              {!isLast && (
                <label className="funnel-rate">
                  <span className="sr-only">{t('funnel.rateOf', { name: step.name })}</span>
                  <CommitField
                    type="number"
                    min={0}
                    max={100}
                    step={1}
                    value={String(step.rate)}
                    onDraft={(v) => setDraftRates((d) => ({ ...d, [i]: v }))}
                    onCommit={(v) => {
                      setDraftRates((d) => ({ ...d, [i]: undefined as unknown as string }));
                      const rate = Number(v);
                      if (v !== '' && rate >= 0 && rate <= 100) update({ steps: funnel.steps.map((s, j) => (j === i ? { ...s, rate } : s)) });
                    }}
                  />
                  <span aria-hidden="true">% ↓</span>
                </label>
              )}
            </li>
          );
        })}
      </ol>
      <p className="funnel-result" role="status">
        {impossible ? (
          <span className="warning">
            <Icon name="warning" size={16} /> {t('funnel.impossible')}
          </span>
        ) : funnel.mode === 'fromWins' ? (
          t('funnel.resultWins', { wins: nf.format(last.count), visits: nf.format(first.count) })
        ) : (
          t('funnel.resultVisits', { visits: nf.format(first.count), wins: nf.format(last.count) })
        )}
      </p>
      <p className="muted small">{t('funnel.overall', { rate: nf.format(overallRate(steps)) })}</p>
    </section>
  );
}
