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
      return t('warnings.belowThreshold', { count: w.below.length, below: f.count(w.below.length), known: f.count(w.known), threshold: f.money(w.threshold) });
    case 'overMaxAccounts':
      return t('warnings.overMaxAccounts', { capacity: f.count(w.capacity), max: f.count(w.max) });
    case 'quotaBelowFloor':
      return t('warnings.quotaBelowFloor', { quota: f.money(w.quota), potential: f.money(w.potential), percent: f.share(w.percent), floor: f.share(w.floor) });
    case 'quotaOverWallet':
      return t('warnings.quotaOverWallet', { quota: f.money(w.quota), potential: f.money(w.potential), percent: f.share(w.percent) });
    case 'driveMismatch':
      return t(w.motionDrive === 'relationship' ? 'warnings.relationshipOnTransaction' : 'warnings.transactionOnRelationship', {
        segment: names.segment?.name ?? '',
        motion: names.motion?.name ?? '',
      });
  }
}
