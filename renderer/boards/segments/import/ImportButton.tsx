import { useEffect, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportDialog } from './ImportDialog';

/**
 * "Import customer list": opens the import dialog. The segments board places it in its toolbar
 * and in its empty state ("Import the client's customer list").
 */
export function ImportButton(props: { variant?: 'primary' | 'default' }): JSX.Element {
  const { t } = useTranslation('import');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Back to the button once the dialog is gone (its own cleanup has closed it by then), so Tab
  // and Ctrl+Z (undo the import) start from a known place.
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={props.variant === 'primary' ? 'primary' : undefined}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('button')}
      </button>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
