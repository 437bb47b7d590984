import type { BoardExport } from '../../../../shared/export/board';
import { currencySymbol, tidy, type CsvTableData } from '../../../../shared/export/book';
import type { ExportInput } from '../../../../shared/export/input';
import { makeFormatters } from '../formatters';
import { warningText } from '../warningText';
import { coverageFigures } from './figures';

/**
 * Every plan's placements, one row each (an uncovered segment is a row without a motion), with
 * the figures and warnings the board shows for that cell.
 */
function coverageTable(input: ExportInput): CsvTableData {
  const t = (key: string, values?: Record<string, unknown>) => input.t(`coverage:${key}`, values);
  const f = makeFormatters(input.language, input.settings?.currency ?? 'CNY', t);
  const h = (key: string) => t(`export.columns.${key}`, { symbol: currencySymbol(input) });
  const motions = new Map(input.records.motion.map((m) => [m.id, m]));
  const rows: CsvTableData['rows'] = [];
  for (const { scenario, figures } of coverageFigures(input).plans) {
    const overLimit = new Map(figures.motions.map((m) => [m.motion.id, m.warnings]));
    const planned = new Map(figures.motions.map((m) => [m.motion.id, m]));
    for (const s of figures.segments) {
      const say = (ws: typeof s.warnings, motionId?: string) =>
        ws.map((w) => warningText(w, t, f, { segment: s.segment, ...(motionId ? { motion: motions.get(motionId)! } : {}) })).join('; ');
      if (s.cells.length === 0) rows.push([scenario.name, s.segment.name, '', '', s.facts.accounts, null, null, null, null, null, null, say(s.warnings)]);
      for (const cell of s.cells) {
        const motion = motions.get(cell.coverage.motionId)!;
        rows.push([
          scenario.name,
          s.segment.name,
          motion.name,
          t(`role.${cell.coverage.role}`),
          s.facts.accounts,
          tidy(cell.coverage.share),
          tidy(cell.accounts),
          planned.get(motion.id)!.unit.accounts,
          tidy(cell.people),
          planned.get(motion.id)!.unit.cost,
          tidy(cell.cost),
          say([...cell.warnings, ...(overLimit.get(motion.id) ?? [])], motion.id),
        ]);
      }
    }
  }
  return {
    headers: ['plan', 'segment', 'motion', 'role', 'accounts', 'sharePercent', 'covered', 'capacity', 'people', 'costPerPerson', 'cost', 'warnings'].map(h),
    rows,
  };
}

export const coverageTables: BoardExport['tables'] = { coverage: coverageTable };
