import type { DeckCell, DeckContext, Slide } from '../../../../shared/export/deck';
import { methodFigures, type MethodFigures } from './figures';

type T = (key: string, values?: Record<string, unknown>) => string;

/** At most this many stages are drawn as a chevron ladder above the table (more would be too narrow to read). */
const LADDER_MAX = 7;

/** The stages as the common sales language: a ladder of native chevrons (relabelled in PowerPoint like any shape) with each stage's win probability. */
function ladder(deck: DeckContext, slide: Slide, figures: MethodFigures, pct: (n: number) => string, y: number): number {
  const { body, color } = deck.style;
  const n = figures.stages.length;
  const w = (body.w + 0.15 * (n - 1)) / n;
  const h = 0.78;
  figures.stages.forEach((s, i) => {
    const bad = figures.outOfOrder.some((o) => o.stage.id === s.id);
    slide.addText(
      [
        { text: s.name, options: { bold: true, breakLine: true } },
        { text: `${bad ? '▲ ' : ''}${pct(s.probability)}` },
      ],
      {
        shape: deck.pptx.ShapeType.chevron,
        x: body.x + i * (w - 0.15),
        y,
        w,
        h,
        fill: { color: bad ? color.warnBg : i === n - 1 ? color.accent : color.accentSoft },
        color: i === n - 1 && !bad ? color.white : color.text,
        fontSize: deck.style.size.small + 1,
        lang: deck.style.lang,
        align: 'center',
        valign: 'middle',
        margin: 0,
        lineSpacing: 16,
        line: { color: bad ? color.warn : color.white, width: 1 },
      },
    );
  });
  return h;
}

async function stageSlides(deck: DeckContext, figures: MethodFigures, t: T, pct: (n: number) => string) {
  const { body, color, size } = deck.style;
  const heading = { title: t('stages.title'), subtitle: t('stages.rule') };
  if (figures.stages.length === 0) {
    const slide = await deck.addSlide(heading);
    deck.addText(slide, t('export.noStages'), { ...body, h: 0.6 }, { color: color.muted });
    return;
  }
  const warnings = figures.outOfOrder.map((o) => `▲ ${t('stages.outOfOrder', { stage: o.stage.name, p: o.stage.probability, previous: o.previous.name, q: o.previous.probability })}`);
  const warningText = warnings.join('\n');
  const withLadder = figures.stages.length <= LADDER_MAX;
  const ladderH = withLadder ? 0.78 + 0.3 : 0;
  await deck.addTableSlides({
    heading,
    ...(withLadder ? { above: { height: ladderH - 0.15, draw: (slide: Slide, box: { y: number }) => void ladder(deck, slide, figures, pct, box.y) } } : {}),
    table: {
      columns: [
        { header: '#', width: 0.5 },
        { header: t('export.stage'), width: 2.6 },
        { header: t('stages.probability'), width: 1.4, align: 'right' },
        { header: t('stages.outcome'), width: 7.7 },
      ],
      rows: figures.stages.map((s, i): Array<string | DeckCell> => {
        const bad = figures.outOfOrder.some((o) => o.stage.id === s.id);
        return [String(i + 1), { text: s.name, bold: true }, { text: `${bad ? '▲ ' : ''}${pct(s.probability)}`, ...(bad ? { color: color.warn, bold: true } : {}) }, s.outcome.trim() || '—'];
      }),
    },
    ...(warnings.length
      ? { below: { height: deck.textHeight(warningText, body.w, size.body), draw: (slide: Slide, box) => deck.addText(slide, warningText, box, { color: color.warn, bold: true }) } }
      : {}),
  });
}

/** The funnel calculator's answer: a native bar per step (first step on top), the rates and the counts. */
async function funnelSlide(deck: DeckContext, figures: MethodFigures, t: T, num: Intl.NumberFormat, pct: (n: number) => string) {
  const { body, color, size } = deck.style;
  const { funnel, rows } = figures;
  const impossible = rows.some((r) => !Number.isFinite(r.count));
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const result = impossible
    ? `▲ ${t('funnel.impossible')}`
    : funnel.mode === 'fromWins'
      ? t('funnel.resultWins', { wins: num.format(last.count), visits: num.format(first.count) })
      : t('funnel.resultVisits', { visits: num.format(first.count), wins: num.format(last.count) });
  const slide = await deck.addSlide({ title: t('funnel.title'), subtitle: `${t(`funnel.${funnel.mode}`)} · ${t('funnel.overall', { rate: num.format(figures.overall) })}` });
  const chartW = body.w * 0.55;
  const count = (n: number) => (Number.isFinite(n) ? num.format(n) : '∞');
  slide.addChart(deck.pptx.ChartType.bar, [{ name: t('export.customers'), labels: rows.map((r) => r.name), values: rows.map((r) => (Number.isFinite(r.count) ? Math.round(r.count * 10) / 10 : 0)) }], {
    ...deck.chartDefaults,
    x: body.x,
    y: body.y,
    w: chartW,
    h: body.h,
    barDir: 'bar',
    // The first step on top, as a funnel reads (pptxgenjs types know only 'minMax'; the file format has both).
    catAxisOrientation: 'maxMin' as 'minMax',
    chartColors: [color.accent],
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelFormatCode: '#,##0.#',
    valAxisLabelFormatCode: '#,##0',
    barGapWidthPct: 35,
    showLegend: false,
    showTitle: true,
    title: t('funnel.chartLabel'),
    altText: t('funnel.chartLabel'),
  });
  const tableX = body.x + chartW + 0.4;
  const tableW = body.w - chartW - 0.4;
  const h = deck.addTable(
    slide,
    {
      columns: [
        { header: t('export.step'), width: 2.4 },
        { header: t('export.rate'), width: 1.5, align: 'right' },
        { header: t(funnel.mode === 'fromWins' ? 'export.needed' : 'export.expected'), width: 1.5, align: 'right' },
      ],
      rows: rows.map((r, i) => [r.name, i < rows.length - 1 ? pct(funnel.steps[i]!.rate) : '—', { text: count(r.count), bold: true }]),
    },
    { x: tableX, y: body.y, w: tableW },
  );
  const resultH = deck.textHeight(result, tableW, size.body, true);
  deck.addText(slide, result, { x: tableX, y: body.y + h + 0.3, w: tableW, h: resultH }, { bold: true, color: impossible ? color.warn : color.accent });
}

/** The sales method board's slides: a divider, the stages with their probabilities, the funnel. */
export async function methodSlides(deck: DeckContext): Promise<void> {
  const { input } = deck;
  const t: T = (key, values) => input.t(`method:${key}`, values);
  const figures = methodFigures(input);
  const num = new Intl.NumberFormat(input.language, { maximumFractionDigits: 1 });
  const pct = (n: number) => t('export.percent', { value: num.format(n) });
  const first = figures.rows[0]!;
  const last = figures.rows[figures.rows.length - 1]!;
  const finite = Number.isFinite(first.count) && Number.isFinite(last.count);
  await deck.addSection({
    title: t('title'),
    subtitle: t('export.question'),
    figures: [
      { value: String(figures.stages.length), label: t('export.figStages') },
      { value: pct(figures.overall), label: t('export.figOverall') },
      ...(finite
        ? figures.funnel.mode === 'fromWins'
          ? [{ value: num.format(first.count), label: t('export.figVisits', { wins: num.format(last.count) }) }]
          : [{ value: num.format(last.count), label: t('export.figWins', { visits: num.format(first.count) }) }]
        : []),
    ],
  });
  await stageSlides(deck, figures, t, pct);
  await funnelSlide(deck, figures, t, num, pct);
}
