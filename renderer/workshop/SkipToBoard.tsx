import { useTranslation } from 'react-i18next';

/**
 * The first Tab stop of a workshop: past the top bar and the board list, straight to where the
 * board's work starts — the element a board marks with data-skip-target (the coverage board's
 * first segment chip), else the first control in the board. Hidden until focused.
 */
export function SkipToBoard() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#board"
      onClick={(e) => {
        e.preventDefault();
        const area = document.querySelector<HTMLElement>('.board-area');
        const target =
          area?.querySelector<HTMLElement>('[data-skip-target]') ??
          area?.querySelector<HTMLElement>('button:not([disabled]), a[href], input, select, textarea, [tabindex="0"]') ??
          area;
        if (target === area) area?.setAttribute('tabindex', '-1');
        target?.focus();
      }}
    >
      {t('skip.board')}
    </a>
  );
}
