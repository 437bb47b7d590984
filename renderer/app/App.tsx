import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuAction } from '../../shared/menu';
import { api, hasBridge } from '../api/client';
import { LibraryView } from '../library/LibraryView';
import { followLibrary } from '../library/followLibrary';
import { useLibrary } from '../library/libraryStore';
import { followChanges, redo, undo } from '../state/actions';
import { Toasts } from '../ui/Toasts';
import { useExportJob } from '../export/exportJob';
import { LazyReportView } from '../report/lazyReport';
import { openReport } from '../report/openReport';
import { AboutDialog } from './AboutDialog';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { inParkingLot, useParkingLot } from '../facilitation/parkingPanel';
import { OpenWorkshop } from '../workshop/OpenWorkshop';
import { usePresentation } from '../workshop/presentation';
import { WorkshopView } from '../workshop/WorkshopView';
import { presentKey } from '../workshop/presentKeys';
import { menuZoom, zoomKey } from '../workshop/zoom';
import { openProjector } from '../workshop/openProjector';
import { ProjectorApp } from '../projector/ProjectorApp';
import { navigate, parseHash, useRoute } from './router';
import { firstReport, isCommitted, isEditing, isEscapeTaken, shortcutFor, type ReportSource } from './shortcuts';

/** The facilitator's app, or the projector view (its own address, read-only, no shortcuts). */
export function App() {
  const route = useRoute();
  return route.view === 'present' ? <ProjectorApp workshopId={route.workshopId} /> : <FacilitatorApp />;
}

function FacilitatorApp() {
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
        case 'presentSecondScreen': {
          const at = parseHash(window.location.hash);
          if (at.view === 'workshop') void openProjector(at.workshopId);
          break;
        }
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
        case 'export':
          if (parseHash(window.location.hash).view !== 'workshop') break;
          // The menu lives in the top bar, which present mode hides: the show ends first.
          if (usePresentation.getState().presenting) usePresentation.getState().stop();
          useExportJob.getState().requestMenu();
          break;
        case 'print':
          openReport(true);
          break;
        case 'parkingLot':
          if (parseHash(window.location.hash).view === 'workshop') useParkingLot.getState().toggle();
          break;
        case 'zoomIn':
        case 'zoomOut':
        case 'zoomReset':
          menuZoom(action);
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
      // Export and print belong to an open workshop; with a dialog open they wait (it is modal).
      if ((action === 'export' || action === 'print') && (parseHash(window.location.hash).view === 'library' || document.querySelector('dialog[open]'))) {
        if (action === 'print') e.preventDefault(); // never the browser's print of the screen
        return;
      }
      if ((action === 'undo' || action === 'redo') && isEditing(e.target) && !isCommitted(e.target)) return; // the field's own undo
      // The parking lot's key types nothing, but a field being typed in (or a modal dialog) keeps the keyboard;
      // inside the parking lot's own fields it closes the panel again.
      if (action === 'parkingLot' && ((isEditing(e.target) && !inParkingLot(e.target)) || document.querySelector('dialog[open]'))) return;
      e.preventDefault();
      run(action, e.target, 'keyboard');
    };
    // Presentation keys (B, the arrows and the zoom in present mode) come first, before any board's
    // own and before the browser's zoom.
    const onPresentKey = (e: KeyboardEvent) => {
      if (!presentKey(e) && !zoomKey(e)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onPresentKey, true);
    window.addEventListener('keydown', onKey);
    const stopMenu = api.onMenu((a) => run(a, document.activeElement, 'menu'));
    const onFullscreen = () => {
      if (!document.fullscreenElement && usePresentation.getState().presenting) usePresentation.getState().stop();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onPresentKey, true);
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
      {route.view === 'library' || route.view === 'present' ? (
        <LibraryView requestCreate={createRequest} />
      ) : (
        // One OpenWorkshop for the boards and the report: switching between them keeps the records.
        <OpenWorkshop workshopId={route.workshopId} board={route.view === 'workshop' ? route.board : null}>
          {route.view === 'workshop' ? (
            <WorkshopView workshopId={route.workshopId} board={route.board} />
          ) : (
            <Suspense fallback={<p className="centered">{t('loading')}</p>}>
              <LazyReportView workshopId={route.workshopId} print={route.print} />
            </Suspense>
          )}
        </OpenWorkshop>
      )}
      <Toasts />
      <KeyboardShortcuts />
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </>
  );
}
