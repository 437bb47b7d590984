import { api } from '../api/client';
import { navigate } from '../app/router';
import { i18next } from '../i18n';
import { useWorkshop } from '../state/workshopStore';
import { toast } from '../ui/toasts';
import { useLibrary } from './libraryStore';

/**
 * Keeps this window in step with library changes made anywhere: the list refreshes, the open
 * workshop's title follows a rename, and a workshop deleted in another window closes here with
 * a message instead of failing on every edit.
 */
export function followLibrary(): () => void {
  return api.onEvent((e) => {
    if (e.kind !== 'library' && e.kind !== 'reconnected') return;
    void useLibrary
      .getState()
      .refresh()
      .then(() => {
        const open = useWorkshop.getState().workshop;
        const { workshops, info } = useLibrary.getState();
        if (!open || info?.libraryError) return;
        const now = workshops.find((w) => w.id === open.id);
        if (now) useWorkshop.getState().setInfo({ ...now, version: open.version });
        else {
          navigate({ view: 'library' });
          toast(i18next.t('library:deletedElsewhere', { name: open.name }));
        }
      });
  });
}
