import { useEffect, useRef, useState, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableData } from '../../../../shared/api';
import { useNumberFormat } from './format';
import { MAX_FILE_MB, readPickedFile } from './readFile';
import { useReadErrorText } from './readErrorText';

const ACCEPT = '.csv,.txt,.tsv,.xlsx,.xlsm,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Step 1: pick (or drop) a file; the service reads it. A refusal is explained here, in words. */
export function FileStep({ onRead, buttonRef }: { onRead(table: TableData, file: File): void; buttonRef: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation('import');
  const formatNumber = useNumberFormat();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ file: string; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);

  // Closing the system's file picker without a choice fires a bubbling "cancel" at the input;
  // the surrounding <dialog> would take it for Esc and close the whole import.
  useEffect(() => {
    const el = input.current;
    const stop = (e: Event) => e.stopPropagation();
    el?.addEventListener('cancel', stop);
    return () => el?.removeEventListener('cancel', stop);
  }, []);

  const explain = useReadErrorText();

  const read = async (file: File | undefined) => {
    if (!file) return;
    setFailure(null);
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setFailure({ file: file.name, text: t('file.tooBig', { size: formatNumber(file.size / 1024 / 1024), max: MAX_FILE_MB }) });
      return;
    }
    setReading(file.name);
    try {
      const table = await readPickedFile(file);
      if (table.rows.length === 0) setFailure({ file: file.name, text: t('file.noRows', { file: file.name }) });
      else onRead(table, file);
    } catch (e) {
      setFailure({ file: file.name, text: explain(e) });
    } finally {
      setReading(null);
      // The same file can be picked again after it was fixed in Excel.
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void read(e.dataTransfer.files[0]);
  };

  return (
    <div className="import-file-step">
      <p>{t('file.intro')}</p>
      <div
        className={`import-drop${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <button ref={buttonRef} type="button" className="primary import-choose" onClick={() => input.current?.click()} disabled={reading !== null}>
          {t('file.choose')}
        </button>
        <span className="muted">{t('file.drop')}</span>
        <span className="muted small">{t('file.types', { max: MAX_FILE_MB })}</span>
        <input
          ref={input}
          type="file"
          className="sr-only"
          tabIndex={-1}
          accept={ACCEPT}
          aria-label={t('file.label')}
          onChange={(e) => void read(e.target.files?.[0])}
        />
      </div>
      <div aria-live="polite">
        {reading && <p className="import-reading">{t('file.reading', { file: reading })}</p>}
      </div>
      {failure && (
        <div className="import-error" role="alert">
          <span className="import-icon" aria-hidden="true">
            ✕
          </span>
          <div>
            <p className="import-error-title">{t('file.failed', { file: failure.file })}</p>
            <p>{failure.text}</p>
            <p className="muted">{t('file.nothingChanged')}</p>
          </div>
        </div>
      )}
    </div>
  );
}
