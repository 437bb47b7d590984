import { useTranslation } from 'react-i18next';
import type { CoverageWarning } from '../../../shared/calc/coverage';
import type { Motion, Segment } from '../../../shared/records';
import { useFormatters, type Formatters } from './format';

type T = (key: string, opts?: Record<string, unknown>) => string;

/** The sentence for one warning, in the UI language, with the numbers it is about. */
export function warningText(w: CoverageWarning, t: T, f: Formatters, names: { segment?: Segment; motion?: Motion } = {}): string {
  switch (w.kind) {
    case 'uncovered':
      return t('warnings.uncovered');
    case 'overLimit':
      return t('warnings.overLimit', { people: f.people(w.people), limit: f.people(w.limit) });
    case 'belowThreshold':
      return t('warnings.belowThreshold', { average: f.money(w.averageRevenue), threshold: f.money(w.threshold) });
    case 'driveMismatch':
      return t(w.motionDrive === 'relationship' ? 'warnings.relationshipOnTransaction' : 'warnings.transactionOnRelationship', {
        segment: names.segment?.name ?? '',
        motion: names.motion?.name ?? '',
      });
  }
}

/**
 * Warnings next to the number they are about: amber with ⚠ for warnings, a quiet ⓘ for hints.
 * Never colour alone: the icon and the words say it too (and "Warning:" for screen readers).
 */
export function WarningList({ warnings, segment, motion }: { warnings: CoverageWarning[]; segment?: Segment; motion?: Motion }) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  if (warnings.length === 0) return null;
  return (
    <ul className="cov-warnings">
      {warnings.map((w) => (
        <li key={w.kind} className={w.severity === 'warning' ? 'cov-warning' : 'cov-hint'}>
          <span aria-hidden="true" className="cov-warning-icon">
            {w.severity === 'warning' ? '⚠' : 'ⓘ'}
          </span>
          <span className="sr-only">{t(w.severity === 'warning' ? 'warnings.warningPrefix' : 'warnings.hintPrefix')}</span>
          <span>{warningText(w, t, f, { ...(segment ? { segment } : {}), ...(motion ? { motion } : {}) })}</span>
        </li>
      ))}
    </ul>
  );
}
