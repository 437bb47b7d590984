import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopInfo } from '../../shared/workshop';
import { api } from '../api/client';
import { hrefFor } from '../app/router';
import { preloadBoardsWhenIdle } from '../boards/registry';
import { AboutDialog } from '../app/AboutDialog';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { attempt } from '../ui/errors';
import { CreateWorkshopDialog } from './CreateWorkshopDialog';
import { LibraryUnavailable } from './LibraryUnavailable';
import { FileRefusalPanel, OpenWorkshopFile, type FileRefusal } from './OpenWorkshopFile';
import { useLibrary } from './libraryStore';
import { DeleteWorkshopDialog, RenameWorkshopDialog } from './WorkshopDialogs';

type Open = { kind: 'create' } | { kind: 'rename' | 'delete'; workshop: WorkshopInfo } | null;

/** The start page: every workshop on this computer, newest first. */
export function LibraryView({ requestCreate }: { requestCreate: number }) {
  const { t, i18n } = useTranslation('library');
  const { workshops, loaded, info } = useLibrary();
  const [open, setOpen] = useState<Open>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [refusal, setRefusal] = useState<FileRefusal | null>(null);
  useEffect(() => {
    if (requestCreate > 0) setOpen({ kind: 'create' });
  }, [requestCreate]);
  useEffect(() => preloadBoardsWhenIdle(), []);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const duplicate = (w: WorkshopInfo) =>
    attempt(() => api.call('duplicateWorkshop', { workshopId: w.id, name: t('copyName', { name: w.name }) }));

  return (
    <div className="library">
      <header className="library-header">
        <h1>
          Salesmap <span className="muted">· {t('title')}</span>
        </h1>
        <LanguageSwitch />
      </header>
      <main className="library-main">
        {info?.libraryError ? (
          <LibraryUnavailable />
        ) : (
          <>
            <div className="toolbar">
              <button type="button" className="primary" onClick={() => setOpen({ kind: 'create' })}>
                + {t('new')}
              </button>
              <OpenWorkshopFile onRefused={setRefusal} />
            </div>
            {refusal && <FileRefusalPanel refusal={refusal} onDismiss={() => setRefusal(null)} />}
            {loaded && workshops.length === 0 ? (
              <p className="empty-state">{t('empty')}</p>
            ) : (
              <table className="library-table" aria-label={t('listLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('columns.name')}</th>
                    <th scope="col">{t('columns.client')}</th>
                    <th scope="col">{t('columns.language')}</th>
                    <th scope="col">{t('columns.updated')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('columns.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {workshops.map((w) => (
                    <tr key={w.id}>
                      <th scope="row">
                        <a href={hrefFor({ view: 'workshop', workshopId: w.id, board: 'agenda' })}>{w.name}</a>
                      </th>
                      <td>{w.client}</td>
                      <td>{t(`common:languages.${w.language}`)}</td>
                      <td>
                        <time dateTime={w.updatedAt}>{fmt.format(new Date(w.updatedAt))}</time>
                      </td>
                      <td className="row-actions">
                        <button type="button" onClick={() => setOpen({ kind: 'rename', workshop: w })} aria-label={`${t('rename')} ${w.name}`}>
                          {t('rename')}
                        </button>
                        <button type="button" onClick={() => void duplicate(w)} aria-label={`${t('duplicate')} ${w.name}`}>
                          {t('duplicate')}
                        </button>
                        <button type="button" className="danger-text" onClick={() => setOpen({ kind: 'delete', workshop: w })} aria-label={`${t('delete')} ${w.name}`}>
                          {t('delete')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {info && (
              <p className="muted small library-footer">
                {t('dataDir', { dir: info.dataDir })}
                <button type="button" className="link-button" onClick={() => setAboutOpen(true)}>
                  {t('common:about.open')}
                </button>
              </p>
            )}
          </>
        )}
      </main>
      {open?.kind === 'create' && <CreateWorkshopDialog onClose={() => setOpen(null)} />}
      {open?.kind === 'rename' && <RenameWorkshopDialog workshop={open.workshop} onClose={() => setOpen(null)} />}
      {open?.kind === 'delete' && <DeleteWorkshopDialog workshop={open.workshop} onClose={() => setOpen(null)} />}
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </div>
  );
}
