import type { BoardExport } from '../../../../shared/export/board';
import { currencySymbol, tidy, type CsvTableData } from '../../../../shared/export/book';
import type { ExportInput } from '../../../../shared/export/input';
import { accountColumns, segmentsText } from './columns';
import { segmentsFigures } from './figures';

/** Every account in board order (Unassigned first, then each segment), with its segment's name. */
function accountsTable(input: ExportInput): CsvTableData {
  const t = segmentsText(input);
  const [name, ...rest] = accountColumns(input);
  const f = segmentsFigures(input);
  return {
    headers: [name!.header, t('export.columns.segment'), ...rest.map((c) => c.header)],
    rows: [f.unassigned, ...f.segments].flatMap((column) => {
      const segment = column.segment?.name ?? t('unassigned');
      return column.accounts.map((a) => [name!.value(a), segment, ...rest.map((c) => c.value(a))]);
    }),
  };
}

/** The segments' figures as on the board's column headers, Unassigned last. */
function segmentsTable(input: ExportInput): CsvTableData {
  const t = segmentsText(input);
  const f = segmentsFigures(input);
  const h = (key: string) => t(`export.columns.${key}`, { symbol: currencySymbol(input) });
  return {
    headers: [h('segment'), h('accounts'), h('revenue'), h('withRevenue'), h('average'), h('sharePercent')],
    rows: [...f.segments, f.unassigned].map((c) => [
      c.segment?.name ?? t('unassigned'),
      c.figures.count,
      tidy(c.figures.revenue),
      c.figures.withRevenue,
      c.figures.average === null ? null : tidy(c.figures.average),
      c.share === null ? null : tidy(c.share),
    ]),
  };
}

export const segmentsTables: BoardExport['tables'] = { accounts: accountsTable, segments: segmentsTable };
