import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasBridge } from '../api/client';
import { followChanges } from '../state/actions';
import { Toasts } from '../ui/Toasts';
import { OpenWorkshop } from '../workshop/OpenWorkshop';
import { ProjectorView } from './ProjectorView';

/**
 * The projector window's whole app: one workshop, followed live. No library, no menu, no
 * shortcuts: a viewer's token may only read (READ_ONLY_METHODS), so nothing here tries more.
 */
export function ProjectorApp({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  useEffect(() => (hasBridge ? followChanges() : undefined), []);
  if (!hasBridge) {
    return (
      <main className="centered">
        <h1>{t('notConnected.title')}</h1>
        <p>{t('projector.noToken')}</p>
      </main>
    );
  }
  return (
    <>
      <OpenWorkshop workshopId={workshopId} board={null}>
        <ProjectorView workshopId={workshopId} />
      </OpenWorkshop>
      <Toasts />
    </>
  );
}
