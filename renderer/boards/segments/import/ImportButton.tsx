import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Placeholder on the segments branch only: the import engineer's ImportButton (same signature)
 * replaces this file at merge and opens the import dialog.
 */
export function ImportButton(props: { variant?: 'primary' | 'default' }): JSX.Element {
  const { t } = useTranslation();
  return (
    <button type="button" className={props.variant === 'primary' ? 'primary' : undefined} disabled>
      {t('common:actions.add')}
    </button>
  );
}
