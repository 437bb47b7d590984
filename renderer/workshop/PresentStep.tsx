import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../shared/records';

/** "Step 2 of 6 · 客户覆盖研讨": where the facilitator is in the agenda (arrow keys in present mode). */
export function PresentStep({ items, step }: { items: readonly AgendaItem[]; step: string | null }) {
  const { t } = useTranslation();
  const at = step ? items.findIndex((i) => i.id === step) : -1;
  if (at < 0) return null;
  return (
    <p className="present-step" aria-live="polite">
      {t('projector.step', { n: at + 1, count: items.length, title: items[at]!.title })}
    </p>
  );
}
