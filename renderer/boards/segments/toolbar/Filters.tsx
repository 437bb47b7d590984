import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctValues, isFilterActive } from '../../../../shared/calc/segmentsSearch';
import { useRecordMap } from '../../../state/selectors';
import { parseNumber } from '../parseNumber';
import { useBoardView } from '../state/boardView';

/** Industry, region and revenue range filters: they highlight, they never hide. */
export function Filters() {
  const { t, i18n } = useTranslation('segments');
  const filter = useBoardView((s) => s.filter);
  const accounts = useRecordMap('account');
  // The choices follow the accounts, but need not block a drop's paint: computed after it.
  const deferred = useDeferredValue(accounts);
  const industries = useMemo(() => distinctValues(deferred.values(), 'industry', i18n.language), [deferred, i18n.language]);
  const regions = useMemo(() => distinctValues(deferred.values(), 'region', i18n.language), [deferred, i18n.language]);
  const set = useBoardView.getState().setFilter;

  return (
    <div className="seg-filters" role="group" aria-label={t('toolbar.filters')}>
      <select aria-label={t('toolbar.industry')} value={filter.industry ?? ''} onChange={(e) => set({ industry: e.target.value || null })}>
        <option value="">{t('toolbar.anyIndustry')}</option>
        {industries.map((v) => (
          <option key={v.value} value={v.value}>
            {t('toolbar.valueCount', { value: v.value, count: v.count })}
          </option>
        ))}
      </select>
      <select aria-label={t('toolbar.region')} value={filter.region ?? ''} onChange={(e) => set({ region: e.target.value || null })}>
        <option value="">{t('toolbar.anyRegion')}</option>
        {regions.map((v) => (
          <option key={v.value} value={v.value}>
            {t('toolbar.valueCount', { value: v.value, count: v.count })}
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
