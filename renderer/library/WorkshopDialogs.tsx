import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopInfo } from '../../shared/workshop';
import { api } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { FormButtons, TextField } from '../ui/Field';
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
        <TextField label={t('create.name')} value={name} onChange={setName} required maxLength={200} autoFocus />
        <TextField label={t('create.client')} value={client} onChange={setClient} maxLength={200} />
        <FormButtons cancel={t('common:actions.cancel')} submit={t('renameDialog.submit')} onCancel={onClose} disabled={!name.trim()} />
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
