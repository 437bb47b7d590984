import { useRef, useState, type JSX } from 'react';
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
      {open && (
        <ImportDialog
          onClose={() => {
            setOpen(false);
            // Back to the button, so Ctrl+Z (undo the import) and Tab work from a known place.
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
      )}
    </>
  );
}
