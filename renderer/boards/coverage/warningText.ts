import type { CoverageWarning } from '../../../shared/calc/coverage';
import type { Motion, Segment } from '../../../shared/records';
import type { Formatters } from './formatters';

type T = (key: string, opts?: Record<string, unknown>) => string;

/**
 * The sentence for one warning, in the language of `t` (the UI's on the board, the workshop's in
 * the exports), with the numbers it is about.
 */
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
