import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopInfo } from '../../shared/workshop';
import { api } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { attempt } from '../ui/errors';
import { toast } from '../ui/toasts';

/** Rename a workshop and its client. */
export function RenameWorkshopDialog({ workshop, onClose }: { workshop: WorkshopInfo; onClose(): void }) {
  const { t } = useTranslation('library');
  const [name, setName] = useState(workshop.name);
  const [client, setClient] = useState(workshop.client);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await attempt(() => api.call('renameWorkshop', { workshopId: workshop.id, name, client }));
    if (ok) onClose();
  };
  return (
    <Dialog title={t('renameDialog.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('create.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoFocus />
        </label>
        <label className="field">
          <span>{t('create.client')}</span>
          <input value={client} onChange={(e) => setClient(e.target.value)} maxLength={200} />
        </label>
        <div className="dialog-footer">
          <button type="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('renameDialog.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Deleting a whole workshop is the one action that cannot be undone, so it asks first. */
export function DeleteWorkshopDialog({ workshop, onClose }: { workshop: WorkshopInfo; onClose(): void }) {
  const { t } = useTranslation('library');
  const submit = async () => {
    const ok = await attempt(() => api.call('deleteWorkshop', { workshopId: workshop.id }));
    if (ok) {
      toast(t('deleted', { name: workshop.name }));
      onClose();
    }
  };
  return (
    <Dialog title={t('deleteDialog.title')} onClose={onClose}>
      <p>{t('deleteDialog.body', { name: workshop.name })}</p>
      <div className="dialog-footer">
        <button type="button" onClick={onClose} autoFocus>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="danger" onClick={() => void submit()}>
          {t('deleteDialog.submit')}
        </button>
      </div>
    </Dialog>
  );
}
