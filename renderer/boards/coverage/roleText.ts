import { roleNames } from '../../../shared/calc/roles';
import { sortByOrder } from '../../../shared/order';
import { MIX_ROLES, type MixRole, type SalesRole } from '../../../shared/records';

type T = (key: string, values?: Record<string, unknown>) => string;

/**
 * The mix's names from the workshop's role records (issue 12's roles), the app's words where no
 * role has the kind. Pure: the board (useRoleNames), its exports and the report share it.
 */
export function roleNamesOf(roles: Iterable<SalesRole>, t: T): Record<MixRole, string> {
  return roleNames(sortByOrder(roles), (kind) => t(`export.columns.${kind}`));
}

/** "Hunter 6, Farmer 3, Coach 1": each role's name with its value, in mix order. */
export function mixText(names: Record<MixRole, string>, values: Record<MixRole, string>, t: T): string {
  return MIX_ROLES.map((r) => t('roleAmount', { role: names[r], value: values[r] })).join(t('roleSeparator'));
}
