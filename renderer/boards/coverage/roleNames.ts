import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MixRole } from '../../../shared/records';
import { useOrdered } from '../../state/selectors';
import { roleNamesOf } from './roleText';

export { mixTagParts, mixText, shortRoleNames } from './roleText';

/** The board's role names, following the cadence board's role records live. */
export function useRoleNames(): Record<MixRole, string> {
  const { t } = useTranslation('coverage');
  const roles = useOrdered('role');
  return useMemo(() => roleNamesOf(roles, t), [roles, t]);
}
