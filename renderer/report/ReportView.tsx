import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName } from '../../shared/export/fileName';
import { REPORT_EXTENSION } from '../../shared/export/save';
import { api } from '../api/client';
import { hrefFor, navigate, replaceRoute } from '../app/router';
import { ReportCover } from './ReportCover';
import { reportReturnBoard } from './openReport';
import { pageRules } from './pageRules';
import { printReport } from './printReport';
import { useReportInput } from './reportInput';
import type { ReportOptions } from './sectionTypes';
import { REPORT_SECTIONS } from './sections';
import './report.css';

/**
 * The workshop's report: a cover and one section per board, laid out for A4 landscape paper (no
 * app chrome, no scroll boxes: every table runs over as many pages as it needs). On screen a
 * toolbar above it goes back or prints; the toolbar is never printed. #/w/<id>/report/print
 * prints once the report is laid out (Ctrl+P, the Export menu's "PDF report").
 */
export function ReportView({ workshopId, print }: { workshopId: string; print: boolean }) {
  const { t } = useTranslation();
  const [at] = useState(() => new Date());
  const [options, setOptions] = useState<ReportOptions>({ accounts: true });
  const [saving, setSaving] = useState(false);
  const input = useReportInput(at);
  const root = useRef<HTMLDivElement>(null);
  const printed = useRef(false);

  const date = useMemo(() => (input ? new Intl.DateTimeFormat(input.language, { dateStyle: 'long' }).format(at) : ''), [input, at]);
  const fileName = input ? exportFileName({ workshopName: input.workshop.name, at, extension: REPORT_EXTENSION }) : '';
  const back = hrefFor({ view: 'workshop', workshopId, board: reportReturnBoard() });

  const doPrint = async () => {
    setSaving(true);
    try {
      await printReport(fileName);
    } finally {
      setSaving(false);
    }
  };

  // The page grows with the report (the app's shell is one screen tall), so print flows over pages.
  useEffect(() => {
    document.documentElement.classList.add('report-mode');
    return () => document.documentElement.classList.remove('report-mode');
  }, []);

  // The browser's "Save as PDF" suggests the page title as the file name.
  useEffect(() => {
    if (!fileName) return;
    const before = document.title;
    document.title = fileName.slice(0, -REPORT_EXTENSION.length);
    return () => {
      document.title = before;
    };
  }, [fileName]);

  // Laid out: what the benchmark and tests wait for (set on the element, so 10,000 rows render once).
  useEffect(() => {
    if (input && root.current) root.current.dataset.ready = 'true';
  }, [input]);

  useEffect(() => {
    if (!print || !input || printed.current) return;
    printed.current = true;
    // Printed once: a reload or Back must not print again.
    replaceRoute({ view: 'report', workshopId, print: false });
    void doPrint().finally(() => {
      printed.current = false;
    });
    // doPrint reads the current file name; the print is asked for once per request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [print, input !== null, workshopId]);

  // Esc goes back to the board the report was opened from.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('dialog[open]')) navigate({ view: 'workshop', workshopId, board: reportReturnBoard() });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [workshopId]);

  if (!input) return null;
  return (
    <div className="report-view" ref={root} data-ready="false">
      <div className="top-bar report-toolbar" role="toolbar" aria-label={t('report.toolbar')}>
        <a className="back" href={back}>
          ◀ <span>{t('report.back')}</span>
        </a>
        <span className="report-toolbar-hint muted">{t(api.desktopSave ? 'report.hintDesktop' : 'report.hintBrowser')}</span>
        <label className="report-toggle">
          <input type="checkbox" checked={options.accounts} onChange={(e) => setOptions({ ...options, accounts: e.target.checked })} />
          {t('report.withAccounts')}
        </label>
        <button type="button" className="primary" onClick={() => void doPrint()} disabled={saving} title={`${t(api.desktopSave ? 'report.savePdf' : 'report.print')} (Ctrl+P)`}>
          {saving && api.desktopSave ? t('report.saving') : t(api.desktopSave ? 'report.savePdf' : 'report.print')}
        </button>
      </div>
      <style>{pageRules(input, date)}</style>
      <article className="report" lang={input.language} aria-labelledby="report-title">
        <ReportCover input={input} date={date} />
        {REPORT_SECTIONS.map(({ board, Section }) => (
          <Section key={board} input={input} options={options} />
        ))}
      </article>
    </div>
  );
}
