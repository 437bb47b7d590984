import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { base64Of, MAX_FILE_MB } from '../api/fileBytes';
import { navigate } from '../app/router';
import { toast } from '../ui/toasts';
import { workshopFileRefusal } from './workshopFileMessage';

export interface FileRefusal {
  file: string;
  text: string;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * "Open workshop file…" (and Ctrl/Cmd+O while the library shows): a .salesmap file becomes a new
 * workshop in the library, which then opens. The file input is the system's own file picker in a
 * browser and in Electron's sandboxed renderer alike; its bytes go to the service as base64, as
 * a customer list does. A refusal is handed up to be shown where the list is.
 */
export function OpenWorkshopFile({ onRefused }: { onRefused(refusal: FileRefusal | null): void }) {
  const { t } = useTranslation('library');
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<string | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'o') return;
      // A dialog on top (new workshop, rename) keeps the keyboard; the browser's own "open file" never runs here.
      e.preventDefault();
      if (document.querySelector('dialog[open]') || input.current?.disabled) return;
      input.current?.click();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const open = async (file: File | undefined) => {
    if (!file) return;
    onRefused(null);
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      onRefused({ file: file.name, text: t('openFile.tooBig', { size: Math.ceil(file.size / 1024 / 1024), max: MAX_FILE_MB }) });
      return;
    }
    setReading(file.name);
    try {
      const workshop = await api.call('importWorkshopFile', { fileName: file.name, dataBase64: await base64Of(file) });
      toast(t('openFile.opened', { name: workshop.name, file: file.name }));
      navigate({ view: 'workshop', workshopId: workshop.id, board: 'agenda' });
    } catch (e) {
      onRefused({ file: file.name, text: workshopFileRefusal(e) });
    } finally {
      setReading(null);
      // The same file can be picked again once it is fixed.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        disabled={reading !== null}
        aria-keyshortcuts="Control+O Meta+O"
        title={`${t('openFile.button')} (${isMac ? '⌘O' : 'Ctrl+O'})`}
      >
        {t('openFile.button')}
      </button>
      <input
        ref={input}
        type="file"
        className="sr-only"
        tabIndex={-1}
        accept=".salesmap,application/json"
        aria-label={t('openFile.inputLabel')}
        disabled={reading !== null}
        onChange={(e) => void open(e.target.files?.[0])}
      />
      <span className="muted" aria-live="polite">
        {reading && t('openFile.reading', { file: reading })}
      </span>
    </>
  );
}

/** Why the picked file was not opened, until the user dismisses it or picks another. */
export function FileRefusalPanel({ refusal, onDismiss }: { refusal: FileRefusal; onDismiss(): void }) {
  const { t } = useTranslation('library');
  return (
    <section className="panel error-panel library-refusal" role="alert" aria-labelledby="library-refusal-title">
      <h2 id="library-refusal-title">{t('openFile.failedTitle', { file: refusal.file })}</h2>
      <p>{refusal.text}</p>
      <button type="button" onClick={onDismiss}>
        {t('openFile.dismiss')}
      </button>
    </section>
  );
}
