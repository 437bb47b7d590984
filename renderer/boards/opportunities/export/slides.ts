import type { DeckContext } from '../../../../shared/export/deck';
import { CURRENCY_SYMBOLS } from '../../../../shared/records';
import { opportunitiesFigures } from './figures';
import { plansText } from './plans';

type T = (key: string, values?: Record<string, unknown>) => string;

/** The opportunity board's slides: a divider with the pipeline's key figures, the funnel, the opportunities. */
export async function opportunitiesSlides(deck: DeckContext): Promise<void> {
  const { input } = deck;
  const t: T = (key, values) => input.t(`opportunities:${key}`, values);
  const f = opportunitiesFigures(input);
  const num = new Intl.NumberFormat(input.language, { maximumFractionDigits: 1 });
  const symbol = CURRENCY_SYMBOLS[input.settings?.currency ?? 'CNY'];
  const money = (v: number) => `${symbol} ${num.format(v)} M`;
  const { body, color } = deck.style;

  await deck.addSection({
    title: t('title'),
    subtitle: f.settings.period ? t('export.period', { period: f.settings.period }) : undefined,
    figures: [
      { value: money(f.gap.weighted), label: t('pipeline.weighted') },
      ...(f.settings.target > 0 ? [{ value: money(f.gap.gap), label: t('pipeline.gap') }] : []),
      { value: num.format(f.pipeline.total.count), label: t('export.count') },
    ],
  });

  const slide = await deck.addSlide({
    title: t('chart.title'),
    subtitle: f.settings.target > 0 ? t('export.targetLine', { target: money(f.settings.target), weighted: money(f.gap.weighted), gap: money(f.gap.gap) }) : undefined,
  });
  if (f.pipeline.total.count === 0) {
    deck.addText(slide, t('chart.empty'), { ...body, h: 0.6 }, { color: color.muted });
    return;
  }
  const chartW = body.w * 0.55;
  const labels = f.pipeline.byStage.map((r) => t('chart.stageLabel', { stage: r.key.name, count: r.count }));
  slide.addChart(
    deck.pptx.ChartType.bar,
    [
      { name: t('chart.value'), labels, values: f.pipeline.byStage.map((r) => Math.round(r.value * 10) / 10) },
      { name: t('chart.weighted'), labels, values: f.pipeline.byStage.map((r) => Math.round(r.weighted * 10) / 10) },
    ],
    {
      ...deck.chartDefaults,
      x: body.x,
      y: body.y,
      w: chartW,
      h: body.h,
      barDir: 'bar',
      catAxisOrientation: 'maxMin' as 'minMax',
      chartColors: [color.accent, 'E69F00'],
      showValue: true,
      dataLabelFormatCode: '#,##0.#',
      showLegend: true,
      legendPos: 'b',
      altText: t('chart.title'),
    },
  );
  const x = body.x + chartW + 0.4;
  const w = body.w - chartW - 0.4;
  const h = deck.addTable(
    slide,
    {
      columns: [
        { header: t('table.stage'), width: 2.2 },
        { header: t('table.count'), width: 0.9, align: 'right' },
        { header: t('table.weighted'), width: 1.4, align: 'right' },
      ],
      rows: f.pipeline.byStage.map((r) => [r.key.name, num.format(r.count), money(r.weighted)]),
      foot: [[{ text: t('export.total'), bold: true }, { text: num.format(f.pipeline.total.count), bold: true }, { text: money(f.pipeline.total.weighted), bold: true }]],
    },
    { x, y: body.y, w },
  );
  if (f.gap.winsNeeded !== null && f.gap.gap > 0 && f.gap.averageDeal !== null) {
    const text = t('pipeline.toClose', { wins: num.format(f.gap.winsNeeded), deal: money(f.gap.averageDeal), visits: f.gap.visitsNeeded === null ? '—' : num.format(f.gap.visitsNeeded) });
    deck.addText(slide, text, { x, y: body.y + h + 0.3, w, h: deck.textHeight(text, w, deck.style.size.body) }, { color: color.accent, bold: true });
  }

  await deck.addTableSlides({
    heading: { title: t('export.listTitle'), subtitle: t('rule') },
    table: {
      columns: [
        { header: t('field.name'), width: 3 },
        { header: t('field.account'), width: 2.2 },
        { header: t('table.stage'), width: 1.5 },
        { header: t('table.value'), width: 1.2, align: 'right' },
        { header: t('field.probability'), width: 1.2, align: 'right' },
        { header: t('table.weighted'), width: 1.2, align: 'right' },
        { header: t('assessment.title'), width: 2 },
      ],
      rows: f.rows.map((r) => [
        { text: r.opportunity.name, bold: true },
        r.account || '—',
        r.stage?.name ?? '—',
        money(r.opportunity.value),
        `${num.format(r.opportunity.probability)} %`,
        money(r.weighted),
        r.assessment.recommendation ? `${t(`assessment.rec.${r.assessment.recommendation}`)} · ${Math.round(r.assessment.percent)}` : '—',
      ]),
    },
  });
  // The plans filled in the room: one table per plan, continued over slides when long.
  for (const plan of plansText(input)) {
    await deck.addTableSlides({
      heading: { title: plan.title },
      table: { columns: [{ header: t('export.planPart'), width: 2.5 }, { header: t('export.planContent'), width: 9.5 }], rows: plan.sections.map((s) => [{ text: s.label, bold: true }, s.text]) },
    });
  }
}
