import { useDeferredValue, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctValues } from '../../../../shared/calc/segmentsSearch';
import type { Account } from '../../../../shared/records';
import { dispatch } from '../../../state/actions';
import { useRecordMap } from '../../../state/selectors';
import { Dialog } from '../../../ui/Dialog';
import { editPatch } from '../../../ui/editPatch';
import { isEmptyPatch } from '../../../ui/patch';
import { deleteAccounts } from '../actions';
import { numberText, parseNumber } from '../parseNumber';
import { useBoardView } from '../state/boardView';

type NumberField = 'revenue' | 'employees' | 'spend' | 'potential';
type TextField = 'name' | 'industry' | 'region' | 'city' | 'status' | 'notes';
const NUMBER_FIELDS: NumberField[] = ['revenue', 'employees', 'spend', 'potential'];

/**
 * The account editor (Enter on a card, or double-click): every field, saved as one command that
 * carries only the fields the user changed (another window's edits to other fields stay).
 */
export function AccountDialog({ accountId }: { accountId: string }) {
  const account = useRecordMap('account').get(accountId);
  const close = () => useBoardView.getState().editAccount(null);
  // Deleted meanwhile (another window, undo): nothing left to edit.
  if (!account) return null;
  return <AccountForm account={account} onClose={close} />;
}

function AccountForm({ account, onClose }: { account: Account; onClose(): void }) {
  const { t, i18n } = useTranslation('segments');
  const segments = useRecordMap('segment');
  const accounts = useDeferredValue(useRecordMap('account'));
  // The account as it was when the dialog opened: Save sends what the user changed since then.
  const [original] = useState(account);
  const [text, setText] = useState<Record<TextField, string>>({
    name: account.name,
    industry: account.industry,
    region: account.region,
    city: account.city,
    status: account.status,
    notes: account.notes,
  });
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({
    revenue: numberText(account.revenue),
    employees: numberText(account.employees),
    spend: numberText(account.spend),
    potential: numberText(account.potential),
  });
  const [submitted, setSubmitted] = useState(false);
  const choices = useMemo(
    () => ({
      industry: distinctValues(accounts.values(), 'industry', i18n.language).map((v) => v.value),
      region: distinctValues(accounts.values(), 'region', i18n.language).map((v) => v.value),
      city: distinctValues(accounts.values(), 'city', i18n.language).map((v) => v.value),
      status: distinctValues(accounts.values(), 'status', i18n.language).map((v) => v.value),
    }),
    [accounts, i18n.language],
  );

  const parsed = Object.fromEntries(
    NUMBER_FIELDS.map((f) => [f, parseNumber(numbers[f], { integer: f === 'employees', max: f === 'employees' ? 10_000_000 : 1e12 })]),
  ) as Record<NumberField, ReturnType<typeof parseNumber>>;
  const nameError = text.name.trim() === '' ? t('validation.nameRequired') : null;
  const numberError = (f: NumberField) => (parsed[f].ok ? null : f === 'employees' ? t('validation.integer') : t('validation.number'));
  const valid = !nameError && NUMBER_FIELDS.every((f) => parsed[f].ok);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!valid) return;
    const value = (f: NumberField) => {
      const p = parsed[f];
      return p.ok ? p.value : null;
    };
    const draft: Partial<Account> = {
      name: text.name.trim(),
      industry: text.industry.trim(),
      region: text.region.trim(),
      city: text.city.trim(),
      status: text.status.trim(),
      notes: text.notes,
      revenue: value('revenue'),
      employees: value('employees'),
      spend: value('spend'),
      potential: value('potential'),
    };
    const patch = editPatch(original, draft, account);
    if (isEmptyPatch(patch)) return onClose();
    const result = await dispatch({ type: 'account.update', id: account.id, patch });
    if (result) onClose();
  };

  const segmentName = account.segmentId ? (segments.get(account.segmentId)?.name ?? '') : t('unassigned');
  const textInput = (f: Exclude<TextField, 'notes' | 'name'>) => (
    <TextWithChoices label={t(`fields.${f}`)} value={text[f]} choices={choices[f]} onChange={(v) => setText({ ...text, [f]: v })} />
  );
  const numberInput = (f: NumberField) => (
    <Field label={t(`fields.${f}`)} error={submitted || numbers[f] ? numberError(f) : null}>
      {(props) => (
        <input
          {...props}
          type="text"
          inputMode={f === 'employees' ? 'numeric' : 'decimal'}
          value={numbers[f]}
          onChange={(e) => setNumbers({ ...numbers, [f]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <Dialog title={t('dialog.accountTitle')} onClose={onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <p className="muted">{t('dialog.inSegment', { segment: segmentName })}</p>
        <Field label={t('fields.name')} error={submitted ? nameError : null}>
          {(props) => (
            <input
              {...props}
              value={text.name}
              maxLength={200}
              autoFocus
              onFocus={(e) => e.currentTarget.select()}
              onChange={(e) => setText({ ...text, name: e.target.value })}
            />
          )}
        </Field>
        <div className="field-row seg-field-row-3">
          {textInput('industry')}
          {textInput('region')}
          {textInput('city')}
        </div>
        <div className="field-row seg-field-row-4">
          {numberInput('revenue')}
          {numberInput('employees')}
          {numberInput('spend')}
          {numberInput('potential')}
        </div>
        {textInput('status')}
        <label className="field">
          <span>{t('fields.notes')}</span>
          <textarea value={text.notes} rows={3} maxLength={20000} onChange={(e) => setText({ ...text, notes: e.target.value })} />
        </label>
        <div className="dialog-footer seg-dialog-footer">
          <button
            type="button"
            className="danger-text"
            onClick={() => {
              onClose();
              deleteAccounts([account.id]);
            }}
          >
            {t('dialog.deleteAccount')}
          </button>
          <span className="seg-spacer" />
          <button type="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common:actions.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface FieldInputProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** A labelled field whose error is shown in words with an icon (never by colour alone). */
export function Field({ label, error, children }: { label: string; error: string | null; children(props: FieldInputProps): ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>
        <span>{label}</span>
      </label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': error ? errorId : undefined })}
      {error && (
        <span id={errorId} className="seg-field-error" role="alert">
          ⚠ {error}
        </span>
      )}
    </div>
  );
}

function TextWithChoices({ label, value, choices, onChange }: { label: string; value: string; choices: string[]; onChange(v: string): void }) {
  const listId = useId();
  return (
    <Field label={label} error={null}>
      {(props) => (
        <>
          <input {...props} list={listId} value={value} maxLength={100} onChange={(e) => onChange(e.target.value)} />
          <datalist id={listId}>
            {choices.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
