import type { DeckCell, DeckContext, DeckTable } from '../../../../shared/export/deck';
import type { ExportInput } from '../../../../shared/export/input';
import { textOn, UNASSIGNED_COLOR } from '../color';
import { makeSegmentFormat, type Formatters } from '../formatters';
import { segmentsFigures, type SegmentColumn, type SegmentsFigures } from './figures';

type T = (key: string, values?: Record<string, unknown>) => string;

function tools(input: ExportInput) {
  const t: T = (key, values) => input.t(`segments:${key}`, values);
  const f = makeSegmentFormat(input.language, input.settings?.currency ?? 'CNY', t);
  return { t, f };
}

const nameOf = (column: SegmentColumn, t: T) => column.segment?.name ?? t('unassigned');
const colorOf = (column: SegmentColumn) => column.segment?.color ?? UNASSIGNED_COLOR;
const count = (n: number, t: T, f: Formatters) => t('figures.count', { count: n, formatted: f.int(n) });
const average = (column: SegmentColumn, t: T, f: Formatters) => (column.figures.average === null ? t('figures.noAverage') : f.money(column.figures.average));

/** "48 accounts · ¥ 115,604 M · 66 % · average ¥ 2,408 M": a column's header on the board, in one line. */
function columnSummary(column: SegmentColumn, t: T, f: Formatters): string {
  return [count(column.figures.count, t, f), f.money(column.figures.revenue), f.share(column.share), t('figures.average', { value: average(column, t, f) })].join(' · ');
}

/** The board's columns with their figures: the segments, then Unassigned, then the totals. */
function figuresTable(deck: DeckContext, figures: SegmentsFigures, t: T, f: Formatters): DeckTable {
  const row = (column: SegmentColumn): DeckCell[] => {
    const fill = deck.hex(colorOf(column));
    return [
      { text: nameOf(column, t), fill, color: deck.hex(textOn(colorOf(column))), bold: true },
      { text: f.int(column.figures.count) },
      { text: f.money(column.figures.revenue) },
      { text: f.share(column.share) },
      { text: average(column, t, f) },
    ];
  };
  const columns = [...figures.segments, ...(figures.unassigned.figures.count > 0 ? [figures.unassigned] : [])];
  const totals = figures.totals;
  return {
    columns: [
      { header: t('export.segment'), width: 3.2 },
      { header: t('export.accounts'), width: 1.2, align: 'right' },
      { header: t('export.revenue'), width: 1.7, align: 'right' },
      { header: t('export.share'), width: 1.0, align: 'right' },
      { header: t('export.average'), width: 1.6, align: 'right' },
    ],
    rows: columns.map(row),
    foot: [[t('export.total'), f.int(totals.count), f.money(totals.revenue), totals.revenue > 0 ? f.share(100) : '—', totals.average === null ? t('figures.noAverage') : f.money(totals.average)]],
    zebra: false,
  };
}

/** What the figures say, in sentences: the segment with the most revenue, and what is not sorted yet. */
function takeaways(figures: SegmentsFigures, t: T, f: Formatters): string[] {
  const { totals } = figures;
  if (!(totals.revenue > 0) || totals.count === 0) return [];
  const out: string[] = [];
  const top = [...figures.segments].sort((a, b) => b.figures.revenue - a.figures.revenue)[0];
  if (top && top.figures.revenue > 0) {
    out.push(t('export.takeawayTop', { segment: nameOf(top, t), accounts: count(top.figures.count, t, f), countShare: f.share((top.figures.count / totals.count) * 100), share: f.share(top.share) }));
  }
  const u = figures.unassigned;
  if (u.figures.count > 0) out.push(t('export.takeawayUnassigned', { accounts: count(u.figures.count, t, f), share: f.share(u.share) }));
  return out;
}

/** The revenue-share chart of the board (a native doughnut: the client can restyle it in PowerPoint). */
function revenueChart(deck: DeckContext, figures: SegmentsFigures, t: T, f: Formatters, box: { x: number; y: number; w: number; h: number }) {
  return (slide: Parameters<DeckContext['addTable']>[0]) => {
    const columns = [...figures.segments, figures.unassigned].filter((c) => c.figures.revenue > 0);
    deck.addText(slide, `${t('chart.title')} · ${t('chart.total', { value: f.money(figures.totals.revenue) })}`, { ...box, h: 0.4 }, { fontSize: deck.style.size.body, bold: true });
    if (columns.length === 0) {
      deck.addText(slide, t('chart.empty'), { ...box, y: box.y + 0.5, h: 0.5 }, { color: deck.style.color.muted });
      return;
    }
    slide.addChart(
      deck.pptx.ChartType.doughnut,
      [{ name: t('export.revenue'), labels: columns.map((c) => nameOf(c, t)), values: columns.map((c) => c.figures.revenue) }],
      {
        ...deck.chartDefaults,
        x: box.x,
        y: box.y + 0.45,
        w: box.w,
        h: box.h - 0.45,
        chartColors: columns.map((c) => deck.hex(colorOf(c))),
        holeSize: 55,
        // Labels on slivers collide: below 2 % the table beside the chart says it.
        showPercent: columns.every((c) => (c.share ?? 0) >= 2),
        showValue: false,
        showLegend: true,
        legendPos: 'b',
        dataLabelPosition: 'bestFit',
        dataLabelColor: deck.style.color.text,
        altText: t('chart.title'),
      },
    );
  };
}

async function overviewSlides(deck: DeckContext, figures: SegmentsFigures, t: T, f: Formatters) {
  const { body } = deck.style;
  const table = figuresTable(deck, figures, t, f);
  const heading = { title: t('export.overviewTitle'), subtitle: t('export.overviewSubtitle', { accounts: count(figures.totals.count, t, f), revenue: f.money(figures.totals.revenue) }) };
  const tableW = body.w * 0.6;
  const chartBox = { x: body.x + tableW + 0.4, y: body.y, w: body.w - tableW - 0.4, h: body.h };
  const points = takeaways(figures, t, f);
  const pointsH = points.length ? deck.textHeight(points.join('\n'), tableW, deck.style.size.body) + 0.45 : 0;
  if (deck.tableHeight(table, tableW) + pointsH <= body.h) {
    const slide = await deck.addSlide(heading);
    const h = deck.addTable(slide, table, { x: body.x, y: body.y, w: tableW });
    if (points.length) {
      deck.addText(slide, t('export.keyPoints'), { x: body.x, y: body.y + h + 0.3, w: tableW, h: 0.35 }, { bold: true, color: deck.style.color.accent });
      deck.addText(slide, points.join('\n'), { x: body.x, y: body.y + h + 0.65, w: tableW, h: pointsH - 0.35 });
    }
    revenueChart(deck, figures, t, f, chartBox)(slide);
    return;
  }
  // Many segments: the table gets the whole width (and the slides it needs), the chart its own slide.
  await deck.addTableSlides({ heading, table });
  const slide = await deck.addSlide({ title: t('chart.title'), subtitle: heading.subtitle });
  revenueChart(deck, figures, t, f, { ...body, x: body.x + body.w * 0.2, w: body.w * 0.6 })(slide);
}

/** Who each segment is, how it buys, what hurts: what the room wrote on the segment cards. */
async function profileSlides(deck: DeckContext, figures: SegmentsFigures, t: T) {
  const described = figures.segments.filter(({ segment: s }) => s && (s.description.trim() || s.buying.trim() || s.painPoints.trim()));
  if (described.length === 0) return;
  await deck.addTableSlides({
    heading: { title: t('export.profilesTitle') },
    table: {
      columns: [
        { header: t('export.segment'), width: 2.2 },
        { header: t('fields.description'), width: 3.4 },
        { header: t('fields.buying'), width: 3.1 },
        { header: t('fields.painPoints'), width: 3.1 },
        { header: t('export.drive'), width: 1.5 },
      ],
      rows: described.map((column) => {
        const s = column.segment!;
        return [
          { text: s.name, fill: deck.hex(s.color), color: deck.hex(textOn(s.color)), bold: true },
          s.description.trim() || '—',
          s.buying.trim() || '—',
          s.painPoints.trim() || '—',
          s.drive ? deck.input.t(`coverage:drive.${s.drive}`) : '—',
        ];
      }),
      fontSize: deck.style.size.small + 1,
    },
  });
}

/** Every account of every column, in board order: reference lists at the back of the deck. */
function accountLists(deck: DeckContext, figures: SegmentsFigures, t: T, f: Formatters) {
  return async () => {
    for (const column of [...figures.segments, figures.unassigned]) {
      if (column.accounts.length === 0) continue;
      await deck.addListSlides({
        heading: { title: t('export.accountsTitle', { segment: nameOf(column, t) }), subtitle: columnSummary(column, t, f) },
        header: { text: t('export.account'), figure: t('export.revenue') },
        entries: column.accounts.map((a) => ({ text: a.name, figure: a.revenue === null ? '—' : f.money(a.revenue) })),
      });
    }
  };
}

/** The segments board's slides: a divider with the key figures, the figures and chart, the profiles; the account lists go to the appendix. */
export async function segmentsSlides(deck: DeckContext): Promise<void> {
  const { input } = deck;
  const { t, f } = tools(input);
  const figures = segmentsFigures(input);
  await deck.addSection({
    title: t('title'),
    subtitle: t('export.question'),
    figures: [
      { value: f.int(figures.totals.count), label: t('export.figAccounts') },
      { value: f.int(figures.segments.length), label: t('export.figSegments') },
      { value: f.money(figures.totals.revenue), label: t('export.figRevenue') },
      { value: f.int(figures.unassigned.figures.count), label: t('export.figUnassigned') },
    ],
  });
  if (figures.segments.length === 0 && figures.totals.count === 0) {
    const slide = await deck.addSlide({ title: t('export.overviewTitle') });
    deck.addText(slide, t('export.empty'), { ...deck.style.body, h: 0.6 }, { color: deck.style.color.muted });
    return;
  }
  await overviewSlides(deck, figures, t, f);
  await profileSlides(deck, figures, t);
  deck.appendix(accountLists(deck, figures, t, f));
}
