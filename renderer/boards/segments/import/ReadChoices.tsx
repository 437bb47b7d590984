import { useTranslation } from 'react-i18next';
import { TEXT_ENCODINGS, type ApiInput, type TableData } from '../../../../shared/api';

export type ReadOptions = NonNullable<ApiInput<'readTable'>['options']>;

interface Props {
  table: TableData;
  /** Reads the file again with a correction; the columns are detected again from the result. */
  onReread(options: ReadOptions): void;
  busy: boolean;
  /** Why the last re-read was refused (the table on screen is still the previous one). */
  error: string | null;
}

/**
 * What was guessed while reading, each fixable as in Excel's import wizard: the text file's
 * encoding (garbled names mean a wrong guess), the workbook's sheet, and the row with the column
 * names (a title block above it may fool the guess).
 */
export function ReadChoices({ table, onReread, busy, error }: Props) {
  const { t } = useTranslation('import');
  const text = table.encoding !== 'xlsx';
  const keep = (patch: ReadOptions): ReadOptions => ({
    ...(text ? { encoding: table.encoding as ReadOptions['encoding'] } : {}),
    ...(table.sheet ? { sheet: table.sheet } : {}),
    ...patch,
  });
  return (
    <div className="import-read-choices">
      {text && (
        <label>
          <span>{t('columns.encoding')}</span>
          <select value={table.encoding} disabled={busy} onChange={(e) => onReread({ encoding: e.target.value as ReadOptions['encoding'] })}>
            {TEXT_ENCODINGS.map((enc) => (
              <option key={enc} value={enc}>
                {t(`encodings.${enc}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {table.sheets.length > 1 && (
        <label>
          <span>{t('columns.sheetChoice')}</span>
          <select value={table.sheet ?? ''} disabled={busy} onChange={(e) => onReread({ sheet: e.target.value })}>
            {table.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
      {table.headerChoices.length > 1 && (
        <label>
          <span>{t('columns.headerRowChoice')}</span>
          <select value={table.headerRow} disabled={busy} onChange={(e) => onReread(keep({ headerRow: Number(e.target.value) }))}>
            {table.headerChoices.map((c) => (
              <option key={c.row} value={c.row}>
                {t('columns.headerRowOption', { row: c.row, preview: c.preview })}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p className="import-error-line" role="alert">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      )}
    </div>
  );
}
