import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

interface ConfirmMoveDialogProps {
  name: string;
  stage: string;
  /** The verifiable outcomes of the stages being left that are not checked yet. */
  unchecked: readonly string[];
  onConfirm(): void;
  onClose(): void;
}

/**
 * The deck's "统一商机的判断标准": an opportunity moves forward when its stage's outcomes are
 * verified. Moving on with some unchecked is allowed, but asked.
 */
export function ConfirmMoveDialog({ name, stage, unchecked, onConfirm, onClose }: ConfirmMoveDialogProps) {
  const { t } = useTranslation('opportunities');
  return (
    <Dialog
      title={t('confirm.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} autoFocus>
            {t('common:actions.cancel')}
          </button>
          <button type="button" className="primary" onClick={onConfirm}>
            {t('confirm.move', { stage })}
          </button>
        </>
      }
    >
      <p>{t('confirm.body', { name, stage, count: unchecked.length })}</p>
      <ul>
        {unchecked.map((u, i) => (
          <li key={i}>{u}</li>
        ))}
      </ul>
    </Dialog>
  );
}
