import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { compileRules, hasRules } from '../../../../shared/calc/segmentsRules';
import { distinctValues } from '../../../../shared/calc/segmentsSearch';
import { PALETTE, type Segment, type SegmentRules } from '../../../../shared/records';
import { dispatch } from '../../../state/actions';
import { useRecordMap } from '../../../state/selectors';
import { Dialog } from '../../../ui/Dialog';
import { FormButtons } from '../../../ui/Field';
import { editPatch } from '../../../ui/editPatch';
import { isEmptyPatch } from '../../../ui/patch';
import { textOn } from '../color';
import { numberText, parseNumber } from '../parseNumber';
import { useBoardView } from '../state/boardView';
import { useColorName } from '../ui/ColorPicker';
import { Field } from './AccountDialog';
import { TagInput } from './TagInput';

/**
 * A segment's details: who they are (description and the rules "Suggest segments" applies), how
 * they buy, their pain points. Saved as one `segment.update` of the fields the user changed, so
 * what another window changed meanwhile stays.
 */
export function SegmentDialog({ segmentId }: { segmentId: string }) {
  const segment = useRecordMap('segment').get(segmentId);
  const close = () => useBoardView.getState().editSegment(null);
  if (!segment) return null;
  return <SegmentForm segment={segment} onClose={close} />;
}

function SegmentForm({ segment, onClose }: { segment: Segment; onClose(): void }) {
  const { t, i18n } = useTranslation('segments');
  const colorName = useColorName();
  const accounts = useDeferredValue(useRecordMap('account'));
  // The segment as it was when the dialog opened: Save sends what the user changed since then.
  const [original] = useState(segment);
  const [name, setName] = useState(segment.name);
  const [color, setColor] = useState(segment.color);
  const [description, setDescription] = useState(segment.description);
  const [buying, setBuying] = useState(segment.buying);
  const [painPoints, setPainPoints] = useState(segment.painPoints);
  const [min, setMin] = useState(numberText(segment.rules.revenueMin));
  const [max, setMax] = useState(numberText(segment.rules.revenueMax));
  const [industries, setIndustries] = useState(segment.rules.industries);
  const [regions, setRegions] = useState(segment.rules.regions);
  const [statuses, setStatuses] = useState(segment.rules.statuses);
  const [submitted, setSubmitted] = useState(false);

  const values = useMemo(
    () => ({
      industry: distinctValues(accounts.values(), 'industry', i18n.language).map((v) => v.value),
      region: distinctValues(accounts.values(), 'region', i18n.language).map((v) => v.value),
      status: distinctValues(accounts.values(), 'status', i18n.language).map((v) => v.value),
    }),
    [accounts, i18n.language],
  );

  const pMin = parseNumber(min);
  const pMax = parseNumber(max);
  const rangeError = pMin.ok && pMax.ok && pMin.value !== null && pMax.value !== null && pMin.value > pMax.value;
  const nameError = name.trim() === '' ? t('validation.nameRequired') : null;
  const valid = !nameError && pMin.ok && pMax.ok && !rangeError;
  const rules = useMemo<SegmentRules | null>(() => {
    const lo = parseNumber(min);
    const hi = parseNumber(max);
    return lo.ok && hi.ok ? { revenueMin: lo.value, revenueMax: hi.value, industries, regions, statuses } : null;
  }, [min, max, industries, regions, statuses]);

  // How many Unassigned accounts the draft rules would take: feedback while the rules are written.
  const matching = useMemo(() => {
    if (!rules || !hasRules(rules)) return null;
    const test = compileRules(rules);
    let n = 0;
    for (const a of accounts.values()) if (a.segmentId === null && test(a)) n += 1;
    return n;
  }, [accounts, rules]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!valid || !rules) return;
    const patch = editPatch(original, { name: name.trim(), color, description, buying, painPoints, rules }, segment);
    if (isEmptyPatch(patch)) return onClose();
    const result = await dispatch({ type: 'segment.update', id: segment.id, patch });
    if (result) onClose();
  };

  return (
    <Dialog title={t('dialog.segmentTitle', { name: segment.name })} onClose={onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field-row">
          <Field label={t('fields.segmentName')} error={submitted ? nameError : null}>
            {(props) => <input {...props} value={name} maxLength={200} autoFocus onChange={(e) => setName(e.target.value)} />}
          </Field>
          <div className="field" role="radiogroup" aria-label={t('fields.color')}>
            <span>{t('fields.color')}</span>
            <div className="seg-palette-inline">
              {PALETTE.map((c) => (
                <button
                  key={c}
                  type="button"
                  role="radio"
                  aria-checked={c === color}
                  aria-label={colorName(c)}
                  title={colorName(c)}
                  className="seg-palette-color"
                  style={{ background: c, color: textOn(c) }}
                  onClick={() => setColor(c)}
                >
                  {c === color ? '✓' : ''}
                </button>
              ))}
            </div>
          </div>
        </div>
        <label className="field">
          <span>{t('fields.description')}</span>
          <textarea value={description} rows={2} maxLength={20000} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <fieldset className="seg-rules">
          <legend>{t('fields.rules')}</legend>
          <p className="muted small">{t('dialog.rulesHelp')}</p>
          <div className="field-row">
            <Field
              label={t('fields.revenueMin')}
              error={!pMin.ok ? t('validation.number') : rangeError ? t('validation.range') : null}
            >
              {(props) => <input {...props} type="text" inputMode="decimal" value={min} onChange={(e) => setMin(e.target.value)} />}
            </Field>
            <Field label={t('fields.revenueMax')} error={!pMax.ok ? t('validation.number') : null}>
              {(props) => <input {...props} type="text" inputMode="decimal" value={max} onChange={(e) => setMax(e.target.value)} />}
            </Field>
          </div>
          <div className="field-row seg-field-row-3">
            <TagInput label={t('fields.industries')} values={industries} suggestions={values.industry} onChange={setIndustries} />
            <TagInput label={t('fields.regions')} values={regions} suggestions={values.region} onChange={setRegions} />
            <TagInput label={t('fields.statuses')} values={statuses} suggestions={values.status} onChange={setStatuses} />
          </div>
          <p className="small" aria-live="polite">
            {matching === null ? t('dialog.noRules') : t('dialog.rulesMatch', { count: matching })}
          </p>
        </fieldset>
        <div className="field-row">
          <label className="field">
            <span>{t('fields.buying')}</span>
            <textarea value={buying} rows={3} maxLength={20000} onChange={(e) => setBuying(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('fields.painPoints')}</span>
            <textarea value={painPoints} rows={3} maxLength={20000} onChange={(e) => setPainPoints(e.target.value)} />
          </label>
        </div>
        <FormButtons cancel={t('common:actions.cancel')} submit={t('common:actions.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
