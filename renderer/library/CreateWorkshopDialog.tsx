import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/workshop';
import { api } from '../api/client';
import { navigate } from '../app/router';
import { Dialog } from '../ui/Dialog';
import { FormButtons, TextField } from '../ui/Field';
import { attempt } from '../ui/errors';
import { useLibrary } from './libraryStore';

/** Asks workshop name, client and language, and which template to start from. */
export function CreateWorkshopDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation('library');
  const templates = useLibrary((s) => s.templates);
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [name, setName] = useState(() => t('create.defaultName', { lng: language }));
  const [client, setClient] = useState('');
  const [templateId, setTemplateId] = useState('sales-transformation');
  const [busy, setBusy] = useState(false);
  const choices = templates.filter((tpl) => tpl.language === language);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const created = await attempt(() => api.call('createWorkshop', { name, client, language, templateId }));
    setBusy(false);
    if (created) {
      onClose();
      navigate({ view: 'workshop', workshopId: created.id, board: 'agenda' });
    }
  };

  return (
    <Dialog title={t('create.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <TextField label={t('create.name')} value={name} onChange={setName} required maxLength={200} autoFocus />
        <TextField label={t('create.client')} value={client} onChange={setClient} maxLength={200} />
        <label className="field">
          <span>{t('create.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`common:languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend>{t('create.template')}</legend>
          {choices.map((tpl) => (
            <label key={tpl.id} className="choice">
              <input
                type="radio"
                name="template"
                value={tpl.id}
                checked={templateId === tpl.id}
                onChange={() => setTemplateId(tpl.id)}
              />
              <span>
                <strong>{tpl.name}</strong>
                <small>{tpl.description}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <FormButtons cancel={t('common:actions.cancel')} submit={t('create.submit')} onCancel={onClose} disabled={busy || !name.trim()} />
      </form>
    </Dialog>
  );
}
