import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isEditing } from '../../../app/shortcuts';
import { useBoardView } from '../state/boardView';

/**
 * Search (Ctrl/Cmd+F focuses it). Matches are highlighted on the board and the rest dimmed;
 * Enter jumps to the next match, Esc clears the search.
 */
export const SearchBox = memo(function SearchBox({ onNext }: { onNext(): void }) {
  const { t } = useTranslation('segments');
  const query = useBoardView((s) => s.filter.query);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'f') return;
      if (document.querySelector('dialog[open]')) return;
      if (isEditing(e.target) && e.target !== ref.current) return;
      e.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <input
      ref={ref}
      type="search"
      className="seg-search"
      value={query}
      aria-label={t('toolbar.search')}
      placeholder={t('toolbar.searchPlaceholder')}
      onChange={(e) => useBoardView.getState().setFilter({ query: e.target.value })}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onNext();
        } else if (e.key === 'Escape' && query) {
          e.preventDefault();
          useBoardView.getState().setFilter({ query: '' });
        }
      }}
    />
  );
});
