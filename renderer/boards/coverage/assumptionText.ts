import type { AssumptionDifference, AssumptionValue } from '../../../shared/calc/assumptions';
import type { MixRole } from '../../../shared/records';
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

/** The assumption's name; a role's share or quota is named by the workshop's role of that kind. */
export function assumptionFieldText(d: AssumptionDifference, t: T, roles: Record<MixRole, string>): string {
  const quotaOf = { quotaHunter: 'hunter', quotaFarmer: 'farmer', quotaCoach: 'coach' } as const;
  if (d.field === 'hunter' || d.field === 'farmer' || d.field === 'coach') return t('compare.roleShare', { role: roles[d.field] });
  if (d.field in quotaOf) return t('compare.roleQuota', { role: roles[quotaOf[d.field as keyof typeof quotaOf]] });
  return t(`compare.field.${d.field}`);
}
