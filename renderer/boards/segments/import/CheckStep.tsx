import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableData } from '../../../../shared/api';
import { blankAllKey, blankKey, canBlank, type ImportPlan, type RowProblem } from '../../../../shared/import';
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
  /** Keys (blankKey / blankAllKey) of problems imported with the field left blank. */
  blank: ReadonlySet<string>;
  onBlank(keys: readonly string[], on: boolean): void;
}

/** Step 3: what will happen — counts, then every problem by row and column, in plain words. */
export function CheckStep({ table, plan, existing, skipExisting, onSkipExisting, importShortRows, onImportShortRows, onDropColumn, blank, onBlank }: Props) {
  const { t } = useTranslation('import');
  const formatNumber = useNumberFormat();
  const n = (count: number) => ({ count, n: formatNumber(count) });

  // Columns whose cells skip rows, with how many: one bad column is easier to fix than 900 rows.
  // Each column's problems can also be imported blank at once: one key per kind of problem.
  const byColumn = useMemo(() => {
    const counts = new Map<number, { rows: Set<number>; keys: Set<string>; skipped: number; field: RowProblem['field'] }>();
    for (const p of plan.problems) {
      if (p.field === 'name' || !(p.severity === 'skip' || p.blanked)) continue;
      const entry = counts.get(p.column) ?? { rows: new Set<number>(), keys: new Set<string>(), skipped: 0, field: p.field };
      entry.rows.add(p.row);
      if (p.severity === 'skip') entry.skipped++;
      if (canBlank(p)) entry.keys.add(blankAllKey(p));
      counts.set(p.column, entry);
    }
    return [...counts]
      .map(([column, e]) => ({ column, rows: e.rows.size, keys: [...e.keys], field: e.field, allBlank: e.skipped === 0 && [...e.keys].every((k) => blank.has(k)) }))
      .sort((a, b) => b.rows - a.rows);
  }, [plan.problems, blank]);
  const customerOf = (p: RowProblem) => p.customer || t('check.noName');

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
            {byColumn.map(({ column, rows, keys, field, allBlank }) => (
              <li key={column}>
                <span>{t('check.columnProblems', { column: columnName(table, column), ...n(rows) })}</span>
                {allBlank ? (
                  <button type="button" onClick={() => onBlank(keys, false)} aria-label={t('check.undoBlankAllLabel', { column: columnName(table, column), ...n(rows) })}>
                    {t('check.undoBlankAll', n(rows))}
                  </button>
                ) : (
                  keys.length > 0 && (
                  <button
                    type="button"
                    onClick={() => onBlank(keys, true)}
                    aria-label={t('check.blankAllLabel', { column: columnName(table, column), field: t(`fields.${field}`), ...n(rows) })}
                  >
                    {t('check.blankAll', { field: t(`fields.${field}`), ...n(rows) })}
                  </button>
                  )
                )}
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
                <th scope="col">{t('check.customer')}</th>
                <th scope="col">{t('check.column')}</th>
                <th scope="col">{t('check.value')}</th>
                <th scope="col">{t('check.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p, i) => (
                <tr key={`${p.row}-${p.column}-${i}`} className={p.severity === 'skip' ? 'is-skip' : 'is-warning'}>
                  <td className="num">{p.row}</td>
                  <td title={p.customer}>{clip(customerOf(p), 24)}</td>
                  <td>{clip(p.header, 24)}</td>
                  <td title={p.value}>{clip(p.value, 30)}</td>
                  <td>
                    <span className={`import-tag ${p.severity === 'skip' ? 'import-tag-skip' : 'import-tag-warn'}`}>
                      <span aria-hidden="true">{p.severity === 'skip' ? '✕ ' : '⚠ '}</span>
                      {t(p.severity === 'skip' ? 'check.skippedTag' : 'check.warningTag')}
                    </span>{' '}
                    {problemText(t, p, formatNumber)}
                    <BlankToggle problem={p} blank={blank} onBlank={onBlank} customer={customerOf(p)} />
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

/** Per problem row: import this customer with the field blank, or skip it again. */
function BlankToggle({ problem: p, blank, onBlank, customer }: { problem: RowProblem; blank: ReadonlySet<string>; onBlank: Props['onBlank']; customer: string }) {
  const { t } = useTranslation('import');
  if (!canBlank(p)) return null;
  const field = t(`fields.${p.field}`);
  if (p.severity === 'skip') {
    return (
      <button type="button" className="import-row-action" onClick={() => onBlank([blankKey(p)], true)} aria-label={t('check.blankOneLabel', { row: p.row, customer, field })}>
        {t('check.blankOne', { field })}
      </button>
    );
  }
  // A row blanked with all the rows of its column goes back with them (the column's button).
  if (!p.blanked || !blank.has(blankKey(p)) || blank.has(blankAllKey(p))) return null;
  return (
    <button type="button" className="import-row-action" onClick={() => onBlank([blankKey(p)], false)} aria-label={t('check.undoBlankLabel', { row: p.row, customer })}>
      {t('check.undoBlank')}
    </button>
  );
}
