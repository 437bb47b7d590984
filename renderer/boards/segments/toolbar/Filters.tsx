import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctValues, isFilterActive } from '../../../../shared/calc/segmentsSearch';
import { useWorkshop } from '../../../state/workshopStore';
import { parseNumber } from '../parseNumber';
import { useBoardView } from '../state/boardView';

/** Industry, region and revenue range filters: they highlight, they never hide. */
export const Filters = memo(function Filters() {
  const { t, i18n } = useTranslation('segments');
  const filter = useBoardView((s) => s.filter);
  // The choices are read from the accounts when a menu is about to open (and once just after the
  // board has painted, when the page is idle), not on every drop: scanning 10,000 accounts per move would cost the drag
  // its smoothness, and at 50,000 the first scan would hold back the board's first paint.
  const [choices, setChoices] = useState(NO_CHOICES);
  const refresh = () => setChoices(readChoices(i18n.language));
  useEffect(() => {
    // No timeout: a forced run would scan every account in the middle of the board's first
    // paint (at 50,000 the paint takes longer than any timeout); a menu refreshes on focus anyway.
    const idle = requestIdleCallback(() => setChoices(readChoices(i18n.language)));
    return () => cancelIdleCallback(idle);
  }, [i18n.language]);
  const { industries, regions } = choices;
  const set = useBoardView.getState().setFilter;

  return (
    <div className="seg-filters" role="group" aria-label={t('toolbar.filters')}>
      <select
        aria-label={t('toolbar.industry')}
        value={filter.industry ?? ''}
        onFocus={refresh}
        onMouseDown={refresh}
        onChange={(e) => set({ industry: e.target.value || null })}
      >
        <option value="">{t('toolbar.anyIndustry')}</option>
        {industries.map((v) => (
          <option key={v.value} value={v.value}>
            {t('toolbar.valueCount', { value: v.value, n: v.count })}
          </option>
        ))}
      </select>
      <select
        aria-label={t('toolbar.region')}
        value={filter.region ?? ''}
        onFocus={refresh}
        onMouseDown={refresh}
        onChange={(e) => set({ region: e.target.value || null })}
      >
        <option value="">{t('toolbar.anyRegion')}</option>
        {regions.map((v) => (
          <option key={v.value} value={v.value}>
            {t('toolbar.valueCount', { value: v.value, n: v.count })}
          </option>
        ))}
      </select>
      <RevenueField which="revenueMin" label={t('toolbar.revenueMin')} />
      <span aria-hidden="true">–</span>
      <RevenueField which="revenueMax" label={t('toolbar.revenueMax')} />
      {isFilterActive(filter) && (
        <button type="button" onClick={() => useBoardView.getState().clearFilter()}>
          {t('toolbar.clearFilters')}
        </button>
      )}
    </div>
  );
});

const NO_CHOICES: ReturnType<typeof readChoices> = { industries: [], regions: [] };

function readChoices(locale: string) {
  const accounts = useWorkshop.getState().records.account;
  return {
    industries: distinctValues(accounts.values(), 'industry', locale),
    regions: distinctValues(accounts.values(), 'region', locale),
  };
}

/** A bound of the revenue range; a value that is not a number is refused with a message. */
function RevenueField({ which, label }: { which: 'revenueMin' | 'revenueMax'; label: string }) {
  const { t } = useTranslation('segments');
  const value = useBoardView((s) => s.filter[which]);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? (value === null ? '' : String(value));
  const parsed = parseNumber(shown);
  return (
    <span className="seg-revenue-field">
      <input
        type="text"
        inputMode="decimal"
        size={7}
        aria-label={label}
        placeholder={label}
        value={shown}
        aria-invalid={!parsed.ok}
        title={parsed.ok ? label : t('validation.number')}
        onChange={(e) => {
          setText(e.target.value);
          const p = parseNumber(e.target.value);
          if (p.ok) useBoardView.getState().setFilter({ [which]: p.value });
        }}
        onBlur={() => setText(null)}
      />
      {!parsed.ok && (
        <span className="seg-field-error" role="alert">
          ⚠ {t('validation.number')}
        </span>
      )}
    </span>
  );
}
