import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/api';
import { api } from '../api/client';
import { attempt, errorText } from '../ui/errors';
import { ApiError } from '../api/client';
import { toast } from '../ui/toasts';
import { useLibrary } from './libraryStore';

/** Shown when the library file is damaged or too new: says so, and offers the backups. */
export function LibraryUnavailable() {
  const { t, i18n } = useTranslation('library');
  const info = useLibrary((s) => s.info);
  const refresh = useLibrary((s) => s.refresh);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  useEffect(() => {
    void attempt(() => api.call('listBackups', {})).then((b) => setBackups(b ?? []));
  }, []);
  if (!info?.libraryError) return null;
  const restore = async (file: string) => {
    const r = await attempt(() => api.call('restoreBackup', { file }));
    if (r) {
      toast(r.setAside ? t('unavailable.restored', { file: r.setAside }) : t('unavailable.restoredNew'));
      await refresh();
    }
  };
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="panel error-panel" aria-labelledby="library-unavailable">
      <h2 id="library-unavailable">{t('unavailable.title')}</h2>
      <p role="alert">{errorText(new ApiError(info.libraryError))}</p>
      <p className="muted">{t('dataDir', { dir: info.dataDir })}</p>
      {/* Backups help a damaged or too-new library; a library in use elsewhere just needs closing there. */}
      {info.libraryError.code !== 'library_in_use' && (
        <>
          <h3>{t('unavailable.backups')}</h3>
          {backups.length === 0 ? (
            <p>{t('unavailable.noBackups')}</p>
          ) : (
            <ul className="plain-list">
              {backups.map((b, i) => (
                <li key={b.file}>
                  {fmt.format(new Date(b.createdAt))} · {b.file}{' '}
                  <button type="button" className={i === 0 ? 'primary' : ''} onClick={() => void restore(b.file)}>
                    {i === 0 ? t('unavailable.restoreLatest') : t('unavailable.restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
