import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuAction } from '../../shared/menu';
import { api, hasBridge } from '../api/client';
import { LibraryView } from '../library/LibraryView';
import { followLibrary } from '../library/followLibrary';
import { useLibrary } from '../library/libraryStore';
import { followChanges, redo, undo } from '../state/actions';
import { Toasts } from '../ui/Toasts';
import { AboutDialog } from './AboutDialog';
import { usePresentation } from '../workshop/presentation';
import { WorkshopView } from '../workshop/WorkshopView';
import { navigate, useRoute } from './router';
import { firstReport, isCommitted, isEditing, isEscapeTaken, shortcutFor, type ReportSource } from './shortcuts';

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const refresh = useLibrary((s) => s.refresh);
  const [createRequest, setCreateRequest] = useState(0);
  const [aboutOpen, setAboutOpen] = useState(false);

  // The desktop menu speaks the interface's language, now and after every switch.
  useEffect(() => {
    const follow = (lng: string) => api.setMenuLanguage(lng === 'en' ? 'en' : 'zh-CN');
    follow(i18n.language);
    i18n.on('languageChanged', follow);
    return () => i18n.off('languageChanged', follow);
  }, [i18n]);

  useEffect(() => {
    if (!hasBridge) return;
    void refresh();
    const stopChanges = followChanges();
    const stopLibrary = followLibrary();
    return () => {
      stopChanges();
      stopLibrary();
    };
  }, [refresh]);

  // Menu (Electron) and keyboard (both hosts) end in the same actions.
  useEffect(() => {
    const run = (action: MenuAction, target: EventTarget | null, source: ReportSource) => {
      if (!firstReport(action, source)) return;
      switch (action) {
        case 'undo':
          if (isEditing(target) && !isCommitted(target)) document.execCommand('undo');
          else void undo();
          break;
        case 'redo':
          if (isEditing(target) && !isCommitted(target)) document.execCommand('redo');
          else void redo();
          break;
        case 'present':
          usePresentation.getState().start();
          break;
        case 'library':
          navigate({ view: 'library' });
          break;
        case 'newWorkshop':
          navigate({ view: 'library' });
          setCreateRequest((n) => n + 1);
          break;
        case 'about':
          setAboutOpen(true);
          break;
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && usePresentation.getState().presenting) {
        // Esc first closes what is open (a dialog, a menu, a card being moved); only a bare Esc ends the show.
        if (!e.defaultPrevented && !isEscapeTaken(e.target)) usePresentation.getState().stop();
        return;
      }
      const action = shortcutFor(e);
      if (!action) return;
      if ((action === 'undo' || action === 'redo') && isEditing(e.target) && !isCommitted(e.target)) return; // the field's own undo
      e.preventDefault();
      run(action, e.target, 'keyboard');
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = api.onMenu((a) => run(a, document.activeElement, 'menu'));
    const onFullscreen = () => {
      if (!document.fullscreenElement && usePresentation.getState().presenting) usePresentation.getState().stop();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      stopMenu();
    };
  }, []);

  if (!hasBridge) {
    return (
      <main className="centered">
        <h1>{t('notConnected.title')}</h1>
        <p>{t('notConnected.body')}</p>
      </main>
    );
  }
  return (
    <>
      {route.view === 'library' ? (
        <LibraryView requestCreate={createRequest} />
      ) : (
        <WorkshopView workshopId={route.workshopId} board={route.board} />
      )}
      <Toasts />
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </>
  );
}
