import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_TABLES } from '../../shared/export/formats';
import { moveFocus, usePopover } from '../boards/segments/ui/usePopover';
import { openReport } from '../report/openReport';
import { Icon } from '../ui/Icon';
import { labelKey, type FileExport } from './exportKinds';
import { useExportJob } from './exportJob';
import { ExportProgress } from './ExportProgress';
import { runExport } from './runExport';
import './export.css';

const ITEM = ':scope > [role="menuitem"]:not(:disabled)';
const SUB_ITEM = '[role="menuitem"]:not(:disabled)';

/**
 * "⤓ Export" in the workshop's top bar: every format, one click each (CSV ▸ one table). A real
 * menu: arrow keys move, → opens the CSV tables and ← closes them, Esc closes and gives the focus
 * back to the button, Tab leaves. Ctrl/Cmd+E and the desktop File menu open it too.
 */
export function ExportMenu() {
  const { t } = useTranslation();
  const { open, setOpen, close, trigger, popup, keyDown } = usePopover();
  const [csvOpen, setCsvOpen] = useState(false);
  const csvItem = useRef<HTMLButtonElement>(null);
  const submenu = useRef<HTMLDivElement>(null);
  const busy = useExportJob((s) => s.job !== null);
  const request = useExportJob((s) => s.menuRequest);

  // Ctrl/Cmd+E (or the desktop menu) opens the menu with its first item focused.
  const seen = useRef(request);
  useEffect(() => {
    if (request === seen.current) return;
    seen.current = request;
    setOpen(true);
  }, [request, setOpen]);

  useEffect(() => {
    if (open) popup.current?.querySelector<HTMLElement>(ITEM)?.focus();
    else setCsvOpen(false);
  }, [open, popup]);

  const pick = (run: () => void) => {
    close();
    run();
  };
  const exportFile = (kind: FileExport) => pick(() => void runExport(kind));
  const openCsv = (focusFirst: boolean) => {
    setCsvOpen(true);
    if (focusFirst) requestAnimationFrame(() => submenu.current?.querySelector<HTMLElement>(SUB_ITEM)?.focus());
  };

  // Esc, Tab, ↑ ↓ Home End as in every popup (usePopover); → and ← open and close the CSV tables.
  const onMenuKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.stopPropagation();
      e.preventDefault();
      if (e.key === 'ArrowRight' && document.activeElement === csvItem.current) openCsv(true);
      return;
    }
    if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') setCsvOpen(false);
    keyDown(ITEM)(e);
  };
  const onSubmenuKey = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape' || e.key === 'ArrowLeft') {
      e.preventDefault();
      setCsvOpen(false);
      csvItem.current?.focus();
    } else if (e.key === 'Tab') {
      close(false);
    } else if (e.key !== 'ArrowRight' && moveFocus(submenu.current, SUB_ITEM, e.key)) {
      e.preventDefault();
    }
  };

  const item = (kind: FileExport) => (
    <button key={labelKey(kind)} type="button" role="menuitem" disabled={busy} onClick={() => exportFile(kind)} onMouseEnter={() => setCsvOpen(false)}>
      <span>{t(labelKey(kind))}</span>
    </button>
  );

  return (
    <div className="export-menu">
      <button
        ref={trigger}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-busy={busy}
        title={t('exportMenu.title')}
        onClick={() => setOpen(!open)}
      >
        <Icon name="export" /> {t('exportMenu.button')}
      </button>
      {open && (
        <div ref={popup} role="menu" aria-label={t('exportMenu.menu')} className="export-popup" onKeyDown={onMenuKey}>
          {item({ format: 'pptx' })}
          {item({ format: 'xlsx' })}
          <button
            ref={csvItem}
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={csvOpen}
            disabled={busy}
            onClick={() => (csvOpen ? setCsvOpen(false) : openCsv(true))}
            onMouseEnter={() => openCsv(false)}
          >
            <span>{t('exportMenu.csv')}</span>
            <span aria-hidden="true">▸</span>
          </button>
          {csvOpen && (
            <div ref={submenu} role="menu" aria-label={t('exportMenu.csvMenu')} className="export-popup export-submenu" onKeyDown={onSubmenuKey}>
              {CSV_TABLES.map((table) => (
                <button key={table} type="button" role="menuitem" disabled={busy} onClick={() => exportFile({ format: 'csv', table })}>
                  <span>{t(labelKey({ format: 'csv', table }))}</span>
                </button>
              ))}
            </div>
          )}
          <button type="button" role="menuitem" onClick={() => pick(() => openReport(true))} onMouseEnter={() => setCsvOpen(false)}>
            <span>{t('exportMenu.report')}</span>
            <kbd>Ctrl+P</kbd>
          </button>
          {item({ format: 'salesmap' })}
        </div>
      )}
      <ExportProgress />
    </div>
  );
}
