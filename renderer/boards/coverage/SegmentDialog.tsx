import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drive, Segment } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { Dialog } from '../../ui/Dialog';
import { FormButtons } from '../../ui/Field';
import { editPatch } from '../../ui/editPatch';
import { isEmptyPatch } from '../../ui/patch';

/**
 * What the coverage workshop records per segment: its one owner, its coverage principles, and
 * whether its buyers are relationship- or transaction-driven (the hints read it). Segment fields,
 * so the segments board shows the same values. Save sends only the fields the user changed.
 */
export function SegmentDialog({ segment, onClose }: { segment: Segment; onClose(): void }) {
  const { t } = useTranslation('coverage');
  // The segment as it was when the dialog opened (`segment` follows the live record).
  const [original] = useState(segment);
  const [owner, setOwner] = useState(segment.owner);
  const [principles, setPrinciples] = useState(segment.principles);
  const [drive, setDrive] = useState<Drive | null>(segment.drive);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const patch = editPatch(original, { owner: owner.trim(), principles, drive }, segment);
    if (isEmptyPatch(patch)) return onClose();
    const result = await dispatch({ type: 'segment.update', id: segment.id, patch });
    if (result) onClose();
  };

  return (
    <Dialog title={t('segment.title', { segment: segment.name })} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('segment.owner')}</span>
          <input value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={200} autoFocus placeholder={t('segment.ownerPlaceholder')} />
        </label>
        <fieldset className="field">
          <legend>{t('segment.drive')}</legend>
          <div className="inline-choices">
            {(['relationship', 'transaction', null] as const).map((d) => (
              <label key={String(d)} className="choice">
                <input type="radio" name="segment-drive" checked={drive === d} onChange={() => setDrive(d)} />
                <span>{d ? t(`drive.${d}`) : t('segment.undecided')}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span>{t('segment.principles')}</span>
          <textarea
            value={principles}
            onChange={(e) => setPrinciples(e.target.value)}
            rows={4}
            maxLength={20000}
            placeholder={t('segment.principlesPlaceholder')}
          />
        </label>
        <FormButtons cancel={t('common:actions.cancel')} submit={t('common:actions.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
