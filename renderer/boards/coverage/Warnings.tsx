import { useTranslation } from 'react-i18next';
import type { CoverageWarning } from '../../../shared/calc/coverage';
import type { Motion, Segment } from '../../../shared/records';
import { useFormatters } from './format';
import { warningText } from './warningText';
import { useReadOnly } from '../../ui/readOnly';

/**
 * Warnings next to the number they are about: amber with ⚠ for warnings, a quiet ⓘ for hints.
 * Never colour alone: the icon and the words say it too (and "Warning:" for screen readers).
 */
export function WarningList({ warnings, segment, motion }: { warnings: CoverageWarning[]; segment?: Segment; motion?: Motion }) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const readOnly = useReadOnly();
  if (warnings.length === 0) return null;
  // On the projector a motion over its limit says it in its narrow column briefly: its people and the limit.
  const text = (w: CoverageWarning) =>
    readOnly && w.kind === 'overLimit'
      ? t('warnings.overLimitBrief', { people: f.people(w.people), limit: f.count(w.limit) })
      : warningText(w, t, f, { ...(segment ? { segment } : {}), ...(motion ? { motion } : {}) });
  return (
    <ul className="cov-warnings">
      {warnings.map((w) => (
        <li key={w.kind} className={w.severity === 'warning' ? 'cov-warning' : 'cov-hint'}>
          <span aria-hidden="true" className="cov-warning-icon">
            {w.severity === 'warning' ? '⚠' : 'ⓘ'}
          </span>
          <span className="sr-only">{t(w.severity === 'warning' ? 'warnings.warningPrefix' : 'warnings.hintPrefix')}</span>
          <span>{text(w)}</span>
          {w.kind === 'belowThreshold' && w.below.length > 0 && (
            // Tested per account, so the room can ask "which ones?": listed on demand.
            <details className="cov-below-list">
              <summary>{t('warnings.showAccounts')}</summary>
              <ul>
                {w.below.slice(0, 50).map((a) => (
                  <li key={a.id}>{t('warnings.accountLine', { name: a.name, revenue: f.money(a.revenue) })}</li>
                ))}
                {w.below.length > 50 && <li>…</li>}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
