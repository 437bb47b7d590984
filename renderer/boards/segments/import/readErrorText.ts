import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { errorText } from '../../../ui/errors';
import { useNumberFormat } from './format';

/** Why the service refused to read a file, in the user's words (its `reason`, else the error). */
export function useReadErrorText(): (e: unknown) => string {
  const { t, i18n } = useTranslation('import');
  const formatNumber = useNumberFormat();
  return (e) => {
    const reason = e instanceof ApiError ? e.params?.reason : undefined;
    if (reason && typeof reason === 'string') {
      const params = Object.fromEntries(Object.entries(e instanceof ApiError ? (e.params ?? {}) : {}).map(([k, v]) => [k, typeof v === 'number' && k !== 'row' ? formatNumber(v) : String(v)]));
      if (i18n.exists(`import:readError.${reason}`)) return t(`readError.${reason}`, params);
    }
    return errorText(e);
  };
}
