import type { AssumptionDifference, AssumptionValue } from '../../../shared/calc/assumptions';
import type { Formatters } from './formatters';

type T = (key: string, opts?: Record<string, unknown>) => string;

/**
 * One assumption two plans differ on, in words, for the board's comparison, the report and the
 * deck alike: "Phone coverage · accounts per person: 300 → 400".
 */
export function assumptionValueText(d: AssumptionDifference, v: AssumptionValue, t: T, f: Formatters): string {
  if (v === null) return t('assumptions.noValue');
  if (typeof v === 'string') return t(`staffing.${v}`);
  switch (d.field) {
    case 'costPerPerson':
    case 'teamCost':
    case 'revenueThreshold':
    case 'quotaHunter':
    case 'quotaFarmer':
    case 'quotaCoach':
      return f.money(v);
    case 'hunter':
    case 'farmer':
    case 'coach':
      return f.share(v);
    case 'peopleLimit':
    case 'teamSize':
      return f.people(v);
    default:
      return f.count(v);
  }
}

export function assumptionFieldText(d: AssumptionDifference, t: T): string {
  return t(`compare.field.${d.field}`);
}
