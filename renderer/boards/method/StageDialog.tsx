import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { Dialog } from '../../ui/Dialog';
import { changedFields, isEmptyPatch } from '../../ui/patch';
import { FormButtons, TextAreaField, TextField } from '../../ui/Field';

/** Edit a stage's name, win probability and verifiable outcome; one command on save. */
export function StageDialog({ stage, onClose }: { stage: Stage; onClose(): void }) {
  const { t } = useTranslation('method');
  // The record as it was when the dialog opened: the fields that differ from it are the user's edits.
  const [opened] = useState(stage);
  const [name, setName] = useState(stage.name);
  const [probability, setProbability] = useState(String(stage.probability));
  const [outcome, setOutcome] = useState(stage.outcome);
  const [questions, setQuestions] = useState(stage.questions ?? '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // `questions` compared as '' when absent, so opening and saving an old stage changes nothing.
    const patch = changedFields({ ...opened, questions: opened.questions ?? '' }, { name, probability: Number(probability), outcome, questions });
    if (isEmptyPatch(patch)) return onClose();
    const r = await dispatch({ type: 'stage.update', id: stage.id, patch });
    if (r) onClose();
  };
  return (
    <Dialog title={t('dialog.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <TextField label={t('dialog.name')} value={name} onChange={setName} required maxLength={200} autoFocus />
        <TextField label={t('dialog.probability')} type="number" min={0} max={100} step={1} value={probability} onChange={setProbability} required />
        <TextAreaField label={t('dialog.outcome')} value={outcome} onChange={setOutcome} />
        <TextAreaField label={t('dialog.questions')} value={questions} onChange={setQuestions} />
        <FormButtons cancel={t('common:actions.cancel')} submit={t('common:actions.save')} onCancel={onClose} disabled={!name.trim()} />
      </form>
    </Dialog>
  );
}
