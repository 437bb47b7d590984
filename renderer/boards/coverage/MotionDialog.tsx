import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drive, Motion } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { Dialog } from '../../ui/Dialog';
import { FormButtons } from '../../ui/Field';
import { editPatch } from '../../ui/editPatch';
import { isEmptyPatch } from '../../ui/patch';
import { useFormatters } from './format';

type NumberKey = 'capacity' | 'costPerPerson' | 'hunter' | 'farmer' | 'coach' | 'peopleLimit' | 'revenueThreshold';

const toText = (n: number | null) => (n === null ? '' : String(n));
const parse = (s: string) => {
  const trimmed = s.trim().replace(/,/g, '');
  return trimmed === '' ? null : Number(trimmed);
};

/**
 * Everything about a coverage motion: drive, capacity, cost, role mix, limit, threshold, notes.
 * Save sends only what the user changed, so another window's edits meanwhile stay.
 */
export function MotionDialog({ motion, onClose, onDelete }: { motion: Motion; onClose(): void; onDelete(motion: Motion): void }) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  // The motion as it was when the dialog opened (`motion` follows the live record).
  const [original] = useState(motion);
  const [name, setName] = useState(motion.name);
  const [drive, setDrive] = useState<Drive>(motion.drive);
  const [notes, setNotes] = useState(motion.notes);
  const [nums, setNums] = useState<Record<NumberKey, string>>({
    capacity: toText(motion.capacity),
    costPerPerson: toText(motion.costPerPerson),
    hunter: toText(motion.roles.hunter),
    farmer: toText(motion.roles.farmer),
    coach: toText(motion.roles.coach),
    peopleLimit: toText(motion.peopleLimit),
    revenueThreshold: toText(motion.revenueThreshold),
  });
  const v = Object.fromEntries(Object.entries(nums).map(([k, s]) => [k, parse(s)])) as Record<NumberKey, number | null>;

  /** The first thing wrong with the form, said plainly; nothing is sent while there is one. */
  const problems: Partial<Record<NumberKey, string>> = {};
  const notNumber = (k: NumberKey) => v[k] !== null && !Number.isFinite(v[k]);
  for (const k of Object.keys(nums) as NumberKey[]) if (notNumber(k)) problems[k] = t('assumptions.notANumber');
  if (!problems.capacity && (v.capacity === null || v.capacity <= 0)) problems.capacity = t('errors:capacity_not_positive', { motion: name || motion.name });
  for (const k of ['hunter', 'farmer', 'coach'] as const) {
    if (!problems[k] && (v[k] === null || v[k] < 0 || v[k] > 100)) problems[k] = t('motion.roleRange');
  }
  for (const k of ['costPerPerson', 'revenueThreshold', 'peopleLimit'] as const) {
    if (!problems[k] && v[k] !== null && v[k] < 0) problems[k] = t('assumptions.notNegative');
  }
  if (!problems.costPerPerson && v.costPerPerson === null) problems.costPerPerson = t('assumptions.notANumber');
  if (!problems.peopleLimit && v.peopleLimit !== null && !Number.isInteger(v.peopleLimit)) problems.peopleLimit = t('assumptions.wholePeople');
  const invalid = Object.keys(problems).length > 0 || !name.trim();
  const roleSum = (v.hunter ?? 0) + (v.farmer ?? 0) + (v.coach ?? 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (invalid) return;
    const draft: Partial<Motion> = {
      name: name.trim(),
      drive,
      notes,
      capacity: v.capacity!,
      costPerPerson: v.costPerPerson!,
      roles: { hunter: v.hunter!, farmer: v.farmer!, coach: v.coach! },
      peopleLimit: v.peopleLimit,
      revenueThreshold: v.revenueThreshold,
    };
    const patch = editPatch(original, draft, motion);
    if (isEmptyPatch(patch)) return onClose();
    const result = await dispatch({ type: 'motion.update', id: motion.id, patch });
    if (result) onClose();
  };

  const numberField = (k: NumberKey, label: string, help?: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        value={nums[k]}
        onChange={(e) => setNums({ ...nums, [k]: e.target.value })}
        aria-invalid={problems[k] ? true : undefined}
      />
      {problems[k] ? (
        <small role="alert" className="form-error">
          <span aria-hidden="true">✖ </span>
          {problems[k]}
        </small>
      ) : (
        help && <small className="muted">{help}</small>
      )}
    </label>
  );

  return (
    <Dialog title={t('motion.title')} onClose={onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field-row">
          <label className="field">
            <span>{t('motion.name')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoFocus />
          </label>
          <fieldset className="field">
            <legend>{t('motion.drive')}</legend>
            <div className="inline-choices">
              {(['relationship', 'transaction'] as const).map((d) => (
                <label key={d} className="choice">
                  <input type="radio" name="drive" checked={drive === d} onChange={() => setDrive(d)} />
                  <span>{t(`drive.${d}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="field-row three">
          {numberField('capacity', t('assumptions.capacity'), t('motion.capacityHelp'))}
          {numberField('costPerPerson', t('assumptions.costPerPerson', { symbol: f.symbol }))}
          {numberField('peopleLimit', t('assumptions.peopleLimit'), t('motion.limitHelp'))}
        </div>
        <fieldset className="field">
          <legend>{t('motion.roles')}</legend>
          <div className="field-row three">
            {numberField('hunter', t('motion.hunter'))}
            {numberField('farmer', t('motion.farmer'))}
            {numberField('coach', t('motion.coach'))}
          </div>
          {Math.abs(roleSum - 100) > 1e-6 && (
            <small className="cov-hint">
              <span aria-hidden="true">ⓘ </span>
              {t('motion.roleSum', { sum: f.share(roleSum) })}
            </small>
          )}
        </fieldset>
        {numberField('revenueThreshold', t('motion.threshold', { symbol: f.symbol }), t('motion.thresholdHelp'))}
        <label className="field">
          <span>{t('motion.notes')}</span>
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} maxLength={20000} />
        </label>
        <FormButtons
          cancel={t('common:actions.cancel')}
          submit={t('common:actions.save')}
          onCancel={onClose}
          disabled={invalid}
          before={
            <button type="button" className="danger-text footer-left" onClick={() => onDelete(motion)}>
              {t('motion.delete')}
            </button>
          }
        />
      </form>
    </Dialog>
  );
}
