import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableData } from '../../../../shared/api';
import type { ImportPlan } from '../../../../shared/import';
import { columnName } from './ColumnsStep';
import { clip, useNumberFormat } from './format';
import { problemText } from './problemText';

/** The report lists this many problems; beyond that, the per-column counts tell the story. */
const REPORT_LIMIT = 200;

interface Props {
  table: TableData;
  plan: ImportPlan;
  /** How many rows name a customer already on the board, and whether they are left out. */
  existing: number;
  skipExisting: boolean;
  onSkipExisting(v: boolean): void;
  /** Rows shorter than the header are skipped unless the user ticks this. */
  importShortRows: boolean;
  onImportShortRows(v: boolean): void;
  /** Stops importing a column (its problems go away with it). */
  onDropColumn(column: number): void;
}

/** Step 3: what will happen — counts, then every problem by row and column, in plain words. */
export function CheckStep({ table, plan, existing, skipExisting, onSkipExisting, importShortRows, onImportShortRows, onDropColumn }: Props) {
  const { t } = useTranslation('import');
  const formatNumber = useNumberFormat();
  const n = (count: number) => ({ count, n: formatNumber(count) });

  // Columns whose cells skip rows, with how many: one bad column is easier to fix than 900 rows.
  const byColumn = useMemo(() => {
    const counts = new Map<number, Set<number>>();
    for (const p of plan.problems) {
      if (p.severity !== 'skip' || p.field === 'name') continue;
      const rows = counts.get(p.column) ?? new Set<number>();
      rows.add(p.row);
      counts.set(p.column, rows);
    }
    return [...counts].map(([column, rows]) => ({ column, rows: rows.size })).sort((a, b) => b.rows - a.rows);
  }, [plan.problems]);

  // Customers already on the board are counted by the checkbox above, not listed one by one
  // (re-importing a list would otherwise bury the real problems under thousands of lines).
  const listed = useMemo(() => plan.problems.filter((p) => p.code !== 'already_on_board'), [plan.problems]);
  const shown = listed.slice(0, REPORT_LIMIT);
  const shortRows = useMemo(() => plan.problems.filter((p) => p.code === 'short_row').length, [plan.problems]);
  return (
    <div className="import-check-step">
      <ul className="import-summary">
        <li className="import-ok">
          <span className="import-icon" aria-hidden="true">
            ✓
          </span>
          {t('check.ready', n(plan.accounts.length))}
        </li>
        {plan.skippedRows > 0 && (
          <li className="import-skip">
            <span className="import-icon" aria-hidden="true">
              ✕
            </span>
            {t('check.skipped', n(plan.skippedRows))}
          </li>
        )}
        {plan.warnedRows > 0 && (
          <li className="import-warn">
            <span className="import-icon" aria-hidden="true">
              ⚠
            </span>
            {t('check.warned', n(plan.warnedRows))}
          </li>
        )}
        {plan.problems.length === 0 && <li className="muted">{t('check.clean')}</li>}
      </ul>

      {existing > 0 && (
        <label className="choice">
          <input type="checkbox" checked={skipExisting} onChange={(e) => onSkipExisting(e.target.checked)} />
          <span>{t('check.skipExisting', { n: formatNumber(existing) })}</span>
        </label>
      )}

      {shortRows > 0 && (
        <label className="choice">
          <input type="checkbox" checked={importShortRows} onChange={(e) => onImportShortRows(e.target.checked)} />
          <span>{t('check.importShortRows', n(shortRows))}</span>
        </label>
      )}

      {byColumn.length > 0 && (
        <section aria-labelledby="import-by-column">
          <h4 id="import-by-column" className="import-subtitle">
            {t('check.byColumn')}
          </h4>
          <ul className="import-by-column">
            {byColumn.map(({ column, rows }) => (
              <li key={column}>
                <span>{t('check.columnProblems', { column: columnName(table, column), ...n(rows) })}</span>
                <button type="button" onClick={() => onDropColumn(column)}>
                  {t('check.dropColumn', { column: clip(columnName(table, column), 20) })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {listed.length > 0 && (
        <div className="import-scroll import-report-scroll">
          <table className="import-table import-report" aria-label={t('check.reportLabel')}>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('check.row')}
                </th>
                <th scope="col">{t('check.column')}</th>
                <th scope="col">{t('check.value')}</th>
                <th scope="col">{t('check.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p, i) => (
                <tr key={`${p.row}-${p.column}-${i}`} className={p.severity === 'skip' ? 'is-skip' : 'is-warning'}>
                  <td className="num">{p.row}</td>
                  <td>{clip(p.header, 24)}</td>
                  <td title={p.value}>{clip(p.value, 30)}</td>
                  <td>
                    <span className={`import-tag ${p.severity === 'skip' ? 'import-tag-skip' : 'import-tag-warn'}`}>
                      <span aria-hidden="true">{p.severity === 'skip' ? '✕ ' : '⚠ '}</span>
                      {t(p.severity === 'skip' ? 'check.skippedTag' : 'check.warningTag')}
                    </span>{' '}
                    {problemText(t, p, formatNumber)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {listed.length > REPORT_LIMIT && <p className="muted import-more">{t('check.more', n(listed.length - REPORT_LIMIT))}</p>}
        </div>
      )}

      {plan.accounts.length === 0 && (
        <p className="import-error-line" role="alert">
          <span aria-hidden="true">✕ </span>
          {t('check.nothing')}
        </p>
      )}
    </div>
  );
}
