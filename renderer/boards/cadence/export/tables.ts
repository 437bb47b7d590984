import type { BoardExport } from '../../../../shared/export/board';
import type { CsvTableData } from '../../../../shared/export/book';
import type { ExportInput } from '../../../../shared/export/input';
import { sortByOrder } from '../../../../shared/order';
import { cadenceFigures } from './figures';

/** The weekly review cadence as a table (its sheet's columns), then the sales roles below it. */
function cadenceTable(input: ExportInput): CsvTableData {
  const t = (key: string, values?: Record<string, unknown>) => input.t(`cadence:${key}`, values);
  const f = cadenceFigures(input);
  const rows: CsvTableData['rows'] = sortByOrder(f.meetings).map((m) => [
    m.day,
    m.level,
    m.attendees,
    m.purpose,
    m.inputs,
    m.decisions,
    m.timeBox,
    t(`horizon.${m.horizon}`),
    m.report.map((r) => t(`figure.${r}`)).join('; '),
  ]);
  return {
    headers: [t('field.day'), t('field.level'), t('field.attendees'), t('field.purpose'), t('field.inputs'), t('field.decisions'), t('field.timeBox'), t('field.horizon'), t('export.report')],
    rows,
  };
}

/** The CSV tables the cadence board owns. */
export const cadenceTables: BoardExport['tables'] = { cadence: cadenceTable };
