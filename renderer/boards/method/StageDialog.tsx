import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { Dialog } from '../../ui/Dialog';

/** Edit a stage's name, win probability and verifiable outcome; one command on save. */
export function StageDialog({ stage, onClose }: { stage: Stage; onClose(): void }) {
  const { t } = useTranslation('method');
  const [name, setName] = useState(stage.name);
  const [probability, setProbability] = useState(String(stage.probability));
  const [outcome, setOutcome] = useState(stage.outcome);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await dispatch({ type: 'stage.update', id: stage.id, patch: { name, probability: Number(probability), outcome } });
    if (r) onClose();
  };
  return (
    <Dialog title={t('dialog.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('dialog.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoFocus />
        </label>
        <label className="field">
          <span>{t('dialog.probability')}</span>
          <input type="number" min={0} max={100} step={1} value={probability} onChange={(e) => setProbability(e.target.value)} required />
        </label>
        <label className="field">
          <span>{t('dialog.outcome')}</span>
          <textarea value={outcome} onChange={(e) => setOutcome(e.target.value)} rows={3} maxLength={20000} />
        </label>
        <div className="dialog-footer">
          <button type="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('common:actions.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
