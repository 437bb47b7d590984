import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coverage, Segment } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { useOrdered, useRecordMap } from '../../state/selectors';
import { Dialog } from '../../ui/Dialog';
import { editPatch } from '../../ui/editPatch';
import { isEmptyPatch } from '../../ui/patch';
import { useFormatters } from './format';

interface PlacementDialogProps {
  scenarioId: string;
  segment: Segment;
  /** Editing an existing placement; absent = "Cover with…" (a new one). */
  coverage?: Coverage;
  /** The motion a drop or a click chose: the dialog then only asks for the share (issue 11). */
  motionId?: string;
  onClose(): void;
  onRemove(coverageId: string): void;
}

/**
 * The keyboard path that needs no dragging, and the editor of a placement: which motion, primary
 * or overlay, what share. Shares over 100 % are explained here before anything is sent.
 */
export function PlacementDialog({ scenarioId, segment, coverage, motionId: chosen, onClose, onRemove }: PlacementDialogProps) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const motions = useOrdered('motion');
  const allCoverage = useRecordMap('coverage');
  const rows = useMemo(
    () => [...allCoverage.values()].filter((c) => c.scenarioId === scenarioId && c.segmentId === segment.id),
    [allCoverage, scenarioId, segment.id],
  );
  const others = rows.filter((r) => r.id !== coverage?.id);
  const othersShare = others.reduce((s, r) => s + r.share, 0);
  const left = Math.max(0, Math.round((100 - othersShare) * 100) / 100);
  const free = motions.filter((m) => !rows.some((r) => r.motionId === m.id));

  // The placement as it was when the dialog opened (`coverage` follows the live record).
  const [original] = useState(coverage);
  const [motionId, setMotionId] = useState(coverage?.motionId ?? chosen ?? free[0]?.id ?? '');
  const [role, setRole] = useState<Coverage['role']>(coverage?.role ?? (rows.length === 0 ? 'primary' : 'overlay'));
  // A second motion on a full segment has no remainder to take: offer to take its share from
  // the primary instead of silently adding a 0 % overlay (issue 11).
  const primaryRow = others.find((r) => r.role === 'primary');
  const canTake = !coverage && left <= 0 && !!primaryRow && primaryRow.share > 0;
  const [takeFromPrimary, setTakeFromPrimary] = useState(canTake);
  const suggested = canTake ? Math.round(primaryRow.share * 50) / 100 : left;
  const [shareText, setShareText] = useState(String(coverage?.share ?? suggested));
  const share = Number(shareText.trim().replace(/,/g, ''));
  const onlyOne = others.length === 0;
  const taking = canTake && takeFromPrimary;

  const problem = (() => {
    if (shareText.trim() === '' || !Number.isFinite(share)) return t('placement.shareNotNumber');
    if (share < 0 || share > 100) return t('placement.shareRange');
    if (!coverage && share <= 0) return t('placement.shareZero');
    if (taking && share > primaryRow.share + 1e-6) return t('placement.takeTooMuch', { share: f.share(primaryRow.share) });
    if (!taking && othersShare + share > 100 + 1e-6) {
      return t('errors:share_over_100', { segment: segment.name, total: Math.round((othersShare + share) * 100) / 100 });
    }
    return null;
  })();

  const motionName = motions.find((m) => m.id === motionId)?.name ?? '';
  const currentPrimary = others.find((r) => r.role === 'primary');
  const demoted = role === 'primary' && currentPrimary ? motions.find((m) => m.id === currentPrimary.motionId)?.name : undefined;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problem || !motionId) return;
    if (coverage && original) {
      // Only what the user changed: a share another window set meanwhile is not put back.
      const patch = editPatch(original, { share, role }, coverage);
      if (isEmptyPatch(patch)) return onClose();
      const result = await dispatch({ type: 'coverage.update', id: coverage.id, patch });
      if (result) onClose();
      return;
    }
    const result = await dispatch({
      type: 'coverage.place',
      id: crypto.randomUUID(),
      scenarioId,
      segmentId: segment.id,
      motionId,
      role,
      share,
      ...(taking ? { takeFromId: primaryRow.id } : {}),
    });
    if (result) onClose();
  };

  const title = coverage
    ? t('placement.editTitle', { segment: segment.name, motion: motionName })
    : chosen
      ? t('placement.shareTitle', { segment: segment.name, motion: motionName })
      : t('placement.coverTitle', { segment: segment.name });
  return (
    <Dialog title={title} onClose={onClose}>
      {!coverage && free.length === 0 ? (
        <div className="form">
          <p>{t('placement.noFreeMotion')}</p>
          <div className="dialog-footer">
            <button type="button" onClick={onClose} autoFocus>
              {t('common:actions.close')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          {!coverage && !chosen && (
            <label className="field">
              <span>{t('placement.motion')}</span>
              <select value={motionId} onChange={(e) => setMotionId(e.target.value)} autoFocus>
                {free.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <fieldset className="field">
            <legend>{t('placement.role')}</legend>
            <label className="choice">
              <input type="radio" name="role" checked={role === 'primary'} onChange={() => setRole('primary')} />
              <span>
                ■ {t('role.primary')}
                <small>{t('placement.primaryHelp')}</small>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="role" checked={role === 'overlay'} disabled={onlyOne} onChange={() => setRole('overlay')} />
              <span>
                □ {t('role.overlay')}
                <small>{onlyOne ? t('placement.onlyPrimary') : t('placement.overlayHelp')}</small>
              </span>
            </label>
          </fieldset>
          {demoted && (
            <p className="muted cov-small" role="note">
              {t('placement.demotes', { motion: demoted })}
            </p>
          )}
          <label className="field">
            <span>{t('placement.share')}</span>
            <input
              type="text"
              inputMode="decimal"
              value={shareText}
              onChange={(e) => setShareText(e.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby="placement-share-help"
              autoFocus={!!coverage || !!chosen}
            />
          </label>
          <p id="placement-share-help" className="muted cov-small">
            {t('placement.othersShare', { others: f.share(othersShare), left: f.share(left) })}
          </p>
          {canTake && (
            <label className="choice">
              <input type="checkbox" checked={takeFromPrimary} onChange={(e) => setTakeFromPrimary(e.target.checked)} />
              <span>
                {t('placement.takeFromPrimary', {
                  motion: motions.find((m) => m.id === primaryRow.motionId)?.name ?? '',
                  share: f.share(Math.max(0, primaryRow.share - (Number.isFinite(share) ? share : 0))),
                })}
              </span>
            </label>
          )}
          {problem && (
            <p role="alert" className="form-error">
              <span aria-hidden="true">✖ </span>
              {problem}
            </p>
          )}
          <div className="dialog-footer">
            {coverage && (
              <button
                type="button"
                className="danger-text footer-left"
                onClick={() => {
                  onRemove(coverage.id);
                  onClose();
                }}
              >
                {t('placement.remove')}
              </button>
            )}
            <button type="button" onClick={onClose}>
              {t('common:actions.cancel')}
            </button>
            <button type="submit" className="primary" disabled={!!problem || !motionId}>
              {coverage ? t('common:actions.save') : t('placement.cover')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
