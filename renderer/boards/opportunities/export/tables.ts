import { outcomeItems } from '../../../../shared/calc/pipeline';
import type { BoardExport } from '../../../../shared/export/board';
import { currencySymbol, tidy, type CsvTableData } from '../../../../shared/export/book';
import type { ExportInput } from '../../../../shared/export/input';
import { sortByOrder } from '../../../../shared/order';
import { opportunitiesFigures } from './figures';
import { plansText } from './plans';

/**
 * The CSV tables the opportunity board owns, from the same figures its sheet, slides and report
 * use (figures.ts, plans.ts): the opportunities, the weighted pipeline, the assessments and the
 * account and opportunity plans. Money is in millions of the workshop's currency, percent as
 * numbers (the header says so), so a spreadsheet can compute with every figure.
 */
const text = (input: ExportInput) => (key: string, values?: Record<string, unknown>) => input.t(`opportunities:${key}`, values);

function opportunitiesTable(input: ExportInput): CsvTableData {
  const t = text(input);
  const symbol = currencySymbol(input);
  const f = opportunitiesFigures(input);
  const segments = new Map(input.records.segment.map((s) => [s.id, s.name]));
  const accounts = new Map(input.records.account.map((a) => [a.id, a]));
  return {
    headers: [
      t('field.name'),
      t('field.account'),
      t('table.segment'),
      t('table.stage'),
      t('csv.value', { symbol }),
      t('csv.probability'),
      t('csv.weighted', { symbol }),
      t('field.closeDate'),
      t('field.owner'),
      t('field.role'),
      t('field.route'),
      t('field.nextAction'),
      t('csv.outcomesDone'),
      t('csv.outcomesTotal'),
      t('csv.recommendation'),
      t('csv.scorePercent'),
      t('csv.cap'),
    ],
    rows: f.rows.map((r) => {
      const o = r.opportunity;
      const segmentId = o.accountId ? accounts.get(o.accountId)?.segmentId : null;
      const a = r.assessment;
      return [
        o.name,
        r.account,
        segmentId ? (segments.get(segmentId) ?? '') : '',
        r.stage?.name ?? '',
        tidy(o.value),
        o.probability,
        tidy(r.weighted),
        o.closeDate,
        o.owner,
        r.role,
        r.route,
        o.nextAction,
        (o.outcomes[o.stageId] ?? []).length,
        r.stage ? outcomeItems(r.stage).length : 0,
        a.recommendation ? t(`assessment.rec.${a.recommendation}`) : '',
        a.scored ? tidy(a.percent, 1) : null,
        a.cap,
      ];
    }),
  };
}

/** The weighted pipeline as the board's panel shows it: by stage, segment, route, the total, then target and gap. */
function pipelineTable(input: ExportInput): CsvTableData {
  const t = text(input);
  const symbol = currencySymbol(input);
  const { pipeline: p, gap, settings } = opportunitiesFigures(input);
  const rows: CsvTableData['rows'] = [
    ...p.byStage.map((r) => [t('table.byStage'), r.key.name, r.count, tidy(r.value), tidy(r.weighted)]),
    ...p.bySegment.map((r) => [t('table.bySegment'), r.key?.name ?? t('table.noSegment'), r.count, tidy(r.value), tidy(r.weighted)]),
    ...p.byRoute.map((r) => [t('table.byRoute'), r.key ? `${r.key.number}. ${r.key.name}` : t('table.noRoute'), r.count, tidy(r.value), tidy(r.weighted)]),
    [t('export.total'), '', p.total.count, tidy(p.total.value), tidy(p.total.weighted)],
    [t('pipeline.target'), settings.period, null, tidy(settings.target), null],
    [t('pipeline.gap'), settings.period, null, tidy(gap.gap), null],
    ...(gap.visitsNeeded !== null && Number.isFinite(gap.visitsNeeded) ? [[t('csv.visitsNeeded'), '', gap.visitsNeeded, null, null]] : []),
  ];
  return { headers: [t('csv.group'), t('csv.item'), t('table.count'), t('csv.value', { symbol }), t('csv.weighted', { symbol })], rows };
}

/** Every opportunity's go / no-go form: a row per criterion scored, then its total and recommendation. */
function assessmentsTable(input: ExportInput): CsvTableData {
  const t = text(input);
  const criteria = sortByOrder(input.records.criterion);
  const rows: CsvTableData['rows'] = [];
  for (const r of opportunitiesFigures(input).rows) {
    const o = r.opportunity;
    for (const c of criteria) rows.push([o.name, c.name, c.question, o.scores[c.id] ?? null, c.maxPoints, '', null]);
    const a = r.assessment;
    rows.push([o.name, t('export.total'), '', a.scored ? tidy(a.points) : null, a.maxPoints, a.recommendation ? t(`assessment.rec.${a.recommendation}`) : t('csv.notAssessed'), a.cap]);
  }
  return {
    headers: [t('field.name'), t('assessment.criterion'), t('settings.question'), t('assessment.points'), t('csv.maxPoints'), t('csv.recommendation'), t('csv.cap')],
    rows,
  };
}

/** The account and opportunity plans, a row per part (as the report prints them). */
function plansTable(input: ExportInput): CsvTableData {
  const t = text(input);
  return {
    headers: [t('csv.plan'), t('export.planPart'), t('export.planContent')],
    rows: plansText(input).flatMap((p) => p.sections.map((s) => [p.title, s.label, s.text])),
  };
}

export const opportunitiesTables: BoardExport['tables'] = { opportunities: opportunitiesTable, pipeline: pipelineTable, assessments: assessmentsTable, plans: plansTable };
