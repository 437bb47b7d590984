import { useEffect, useRef, useState, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableData } from '../../../../shared/api';
import { useNumberFormat } from './format';
import { isStoppedRead, MAX_FILE_MB, useStoppableRead } from './readFile';
import { useReadErrorText } from './readErrorText';

const ACCEPT = '.csv,.txt,.tsv,.xlsx,.xlsm,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Step 1: pick (or drop) a file; the service reads it. A refusal is explained here, in words. */
export function FileStep({ onRead, buttonRef }: { onRead(table: TableData, file: File): void; buttonRef: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation('import');
  const formatNumber = useNumberFormat();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ file: string; text: string } | null>(null);
  const reader = useStoppableRead();
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

  // After Stop the keyboard is back on the file button, ready to pick another file.
  useEffect(() => {
    if (stopped) buttonRef.current?.focus();
  }, [stopped, buttonRef]);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setFailure(null);
    setStopped(null);
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setFailure({ file: file.name, text: t('file.tooBig', { size: formatNumber(file.size / 1024 / 1024), max: MAX_FILE_MB }) });
      return;
    }
    setReading(file.name);
    try {
      const table = await reader.read(file);
      if (table.rows.length === 0) setFailure({ file: file.name, text: t('file.noRows', { file: file.name }) });
      else onRead(table, file);
    } catch (e) {
      if (isStoppedRead(e)) setStopped(file.name);
      else setFailure({ file: file.name, text: explain(e) });
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
        {stopped && <p className="import-reading">{t('file.stopped', { file: stopped })}</p>}
      </div>
      {reading && <ReadingProgress file={reading} onStop={reader.stop} />}
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

/**
 * A read in progress: an indeterminate bar (the reader cannot say how far into a workbook it
 * is), the seconds so far once it takes a while, and Stop, which ends the read at once.
 */
function ReadingProgress({ file, onStop }: { file: string; onStop(): void }) {
  const { t } = useTranslation('import');
  const formatNumber = useNumberFormat();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="import-reading-row">
      <div className="import-progress" role="progressbar" aria-label={t('file.reading', { file })} />
      {seconds >= 2 && <span className="muted">{t('file.readingFor', { seconds: formatNumber(seconds) })}</span>}
      <button type="button" onClick={onStop}>
        {t('file.stop')}
      </button>
    </div>
  );
}
