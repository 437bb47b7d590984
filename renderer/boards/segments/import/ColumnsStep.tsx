import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableData } from '../../../../shared/api';
import {
  COUNT_UNITS,
  FIELD_SPECS,
  IMPORT_FIELDS,
  MONEY_UNITS,
  columnLetter,
  unitFromKey,
  unitKey,
  withField,
  withUnit,
  type ImportField,
  type ImportPlan,
  type Mapping,
} from '../../../../shared/import';
import { clip, useNumberFormat } from './format';

const PREVIEW_ROWS = 5;

interface Props {
  table: TableData;
  mapping: Mapping;
  onMapping(m: Mapping): void;
  plan: ImportPlan;
  usdRate: string;
  onUsdRate(v: string): void;
  /** The read's guesses, fixable (encoding, sheet, header row). */
  choices?: ReactNode;
}

/** The header, or the column letter when the header cell is blank ("B"). */
export const columnName = (table: TableData, i: number) => table.headers[i]?.trim() || columnLetter(i);

/** Step 2: each column of the file → a field (auto-detected, fixable), units, and a preview. */
export function ColumnsStep({ table, mapping, onMapping, plan, usdRate, onUsdRate, choices }: Props) {
  const { t } = useTranslation('import');
  const formatNumber = useNumberFormat();
  const samples = useMemo(
    () =>
      table.headers.map((_, c) => {
        const values: string[] = [];
        for (const row of table.rows) {
          const v = row[c]?.trim();
          if (v) values.push(clip(v, 24));
          if (values.length === 3) break;
        }
        return values.join(' · ');
      }),
    [table],
  );
  const mapped = IMPORT_FIELDS.filter((f) => mapping.some((m) => m.field === f));
  const usesUsd = mapping.some((m) => m.field && m.unit?.currency === 'USD');
  const hasName = mapping.some((m) => m.field === 'name');

  const cell = (value: unknown) => {
    if (value === null || value === undefined || value === '') return '';
    return typeof value === 'number' ? formatNumber(value) : clip(String(value));
  };
  const fieldHeader = (f: ImportField) => {
    const kind = FIELD_SPECS[f].kind;
    if (kind === 'money') return `${t(`fields.${f}`)} (${t('stored.money')})`;
    if (kind === 'count') return `${t(`fields.${f}`)} (${t('stored.count')})`;
    return t(`fields.${f}`);
  };

  return (
    <div className="import-columns-step">
      <p className="import-file-facts">
        <strong>{table.fileName}</strong>
        {' · '}
        {t('columns.rows', { count: table.rows.length, n: formatNumber(table.rows.length) })}
        {' · '}
        {t(`encodings.${table.encoding}`, { defaultValue: table.encoding })}
        {table.sheet && ` · ${t('columns.sheet', { sheet: table.sheet })}`}
      </p>
      {choices}
      <p>{t('columns.intro')}</p>

      <div className="import-scroll import-mapping-scroll">
        <table className="import-table import-mapping" aria-label={t('columns.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('columns.column')}</th>
              <th scope="col">{t('columns.sample')}</th>
              <th scope="col">{t('columns.field')}</th>
              <th scope="col">{t('columns.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {table.headers.map((_, c) => {
              const m = mapping[c]!;
              const name = columnName(table, c);
              const kind = m.field ? FIELD_SPECS[m.field].kind : null;
              const units = kind === 'money' ? MONEY_UNITS : kind === 'count' ? COUNT_UNITS : null;
              const guessed = kind === 'money' && (m.unitFrom === 'values' || m.unitFrom === 'default');
              return (
                <tr key={c} className={m.field ? 'is-mapped' : 'is-skipped'}>
                  <th scope="row" title={table.headers[c]}>
                    {clip(name, 30)}
                  </th>
                  <td className="muted import-sample">{samples[c]}</td>
                  <td>
                    <select
                      aria-label={t('columns.fieldFor', { column: name })}
                      value={m.field ?? ''}
                      onChange={(e) => onMapping(withField(table, mapping, c, (e.target.value || null) as ImportField | null))}
                    >
                      <option value="">{t('columns.skip')}</option>
                      {IMPORT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {FIELD_SPECS[f].required ? t('columns.requiredField', { field: t(`fields.${f}`) }) : t(`fields.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {units && m.unit && (
                      <div className="import-unit">
                        <select
                          aria-label={t('columns.unitFor', { column: name })}
                          value={unitKey(m.unit)}
                          onChange={(e) => {
                            const u = unitFromKey(e.target.value);
                            if (u) onMapping(withUnit(mapping, c, u));
                          }}
                        >
                          {units.map((u) => (
                            <option key={unitKey(u)} value={unitKey(u)}>
                              {t(`units.${unitKey(u)}`)}
                            </option>
                          ))}
                        </select>
                        {guessed && (
                          <span className="import-warning">
                            <span aria-hidden="true">⚠ </span>
                            {t(m.unitFrom === 'values' ? 'columns.unitFromValues' : 'columns.unitDefault')}
                          </span>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {usesUsd && (
        <label className="import-rate">
          <span>{t('columns.usdRate')}</span>
          <input type="number" min={0.01} step={0.01} value={usdRate} onChange={(e) => onUsdRate(e.target.value)} required />
        </label>
      )}

      {!hasName && (
        <p className="import-error-line" role="alert">
          <span aria-hidden="true">✕ </span>
          {t('columns.noName')}
        </p>
      )}

      {hasName && (
        <>
          <h4 className="import-subtitle">{t('columns.preview')}</h4>
          <div className="import-scroll">
            <table className="import-table import-preview" aria-label={t('columns.previewLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('columns.row')}</th>
                  {mapped.map((f) => (
                    <th scope="col" key={f} className={FIELD_SPECS[f].kind === 'money' || FIELD_SPECS[f].kind === 'count' ? 'num' : undefined}>
                      {fieldHeader(f)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {plan.rows.slice(0, PREVIEW_ROWS).map((r) => (
                  <tr key={r.row} className={r.skipped ? 'is-skipped' : undefined}>
                    <td className="num">
                      {r.row}
                      {r.skipped && <span className="import-tag import-tag-skip">{t('columns.willSkip')}</span>}
                    </td>
                    {mapped.map((f) => (
                      <td key={f} className={FIELD_SPECS[f].kind === 'money' || FIELD_SPECS[f].kind === 'count' ? 'num' : undefined}>
                        {cell(r.account?.[f])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
