import { cellKey, type CoverageWarning, type PlanFigures } from '../../../../shared/calc/coverage';
import type { DeckCell, DeckContext, DeckRun, DeckTable, Slide } from '../../../../shared/export/deck';
import { PALETTE } from '../../../../shared/records';
import { textOn } from '../../segments/color';
import { mixText } from '../roleText';
import type { CoverageText } from './deckText';
import type { PlanExport } from './figures';

/** Every warning of a plan gets a number (rows first, then columns, as on the board's list). */
function numbering(plan: PlanFigures): Map<CoverageWarning, number> {
  return new Map(plan.warnings.map((w, i) => [w, i + 1]));
}

function markerRuns(deck: DeckContext, warnings: readonly CoverageWarning[], numbers: Map<CoverageWarning, number>, x: CoverageText): DeckRun[] {
  return warnings.map((w) => ({ text: ` ${x.marker(w, numbers.get(w)!)}`, bold: true, color: w.severity === 'warning' ? deck.style.color.warn : deck.style.color.muted }));
}

/** The matrix as on the board: segments down, motions across, each cell's role, share, people and cost. */
function matrixTable(deck: DeckContext, plan: PlanFigures, x: CoverageText): DeckTable {
  const { t, f } = x;
  const { color } = deck.style;
  const numbers = numbering(plan);
  // The assumptions every figure in the column follows from: accounts per person, cost per person.
  const motionHead = (m: PlanFigures['motions'][number]): DeckRun[] => [
    { text: m.motion.name, bold: true },
    {
      text: m.motion.territory
        ? t('territoryTag', { accounts: f.count(m.unit.accounts), team: f.people(m.unit.people) })
        : t('export.motionTerms', { capacity: f.count(m.motion.capacity), cost: f.money(m.motion.costPerPerson) }),
      color: color.muted,
      newLine: true,
    },
  ];
  const rows = plan.segments.map((s): DeckCell[] => {
    const ink = deck.hex(textOn(s.segment.color));
    const head: DeckCell = {
      text: [
        { text: s.segment.name, bold: true },
        { text: [x.f.accounts(s.facts.accounts), ...(s.facts.averageRevenue !== null ? [t('average', { value: f.money(s.facts.averageRevenue) })] : [])].join(' · '), newLine: true },
        ...(s.segment.owner.trim() ? [{ text: t('owner', { owner: s.segment.owner.trim() }), newLine: true }] : []),
      ],
      fill: deck.hex(s.segment.color),
      color: ink,
    };
    const cells = plan.motions.map((m): DeckCell => {
      const cell = plan.cells.get(cellKey(s.segment.id, m.motion.id));
      if (!cell) return { text: '' };
      return {
        text: [
          { text: `${t(`role.${cell.coverage.role}`)} · ${f.share(cell.coverage.share)}` },
          ...markerRuns(deck, cell.warnings, numbers, x),
          { text: `${f.cellPeople(cell.people, cell.whole)} · ${f.money(cell.cost)}`, bold: true, newLine: true },
        ],
        fill: cell.coverage.role === 'primary' ? color.accentSoft : color.zebra,
      };
    });
    const total: DeckCell = s.cells.length
      ? {
          text: [
            { text: `${f.cellPeople(s.people, s.cells.every((c) => c.whole))} · ${f.money(s.cost)}`, bold: true },
            ...(s.shareTotal < 100 ? [{ text: t('partlyCovered', { share: f.share(s.shareTotal) }), color: color.warn, newLine: true }] : []),
          ],
        }
      : { text: [{ text: `▲${numbers.get(s.warnings[0]!)} ${t('warnings.uncovered')}`, bold: true, color: color.warn }], fill: color.warnBg };
    return [head, ...cells, total];
  });
  const foot: DeckCell[] = [
    { text: [{ text: t('foot.people') }, { text: t('foot.cost'), newLine: true }] },
    ...plan.motions.map((m): DeckCell => ({
      text: [{ text: f.people(m.people) }, ...markerRuns(deck, m.warnings, numbers, x), { text: f.money(m.cost), newLine: true }],
    })),
    { text: [{ text: f.people(plan.totals.people) }, { text: f.money(plan.totals.cost), newLine: true }] },
  ];
  // People per role and the quota they carry (issue 11), under the people and cost, as on the board.
  const roles = (r: PlanFigures['totals']['rolePeople']) => mixText(x.roles, { hunter: f.count(r.hunter), farmer: f.count(r.farmer), coach: f.count(r.coach) }, t);
  const quota = plan.totals.quotaCoverage;
  const roleFoot: DeckCell[] = [
    { text: [{ text: t('foot.rolesHead') }, { text: t('foot.quota'), newLine: true }] },
    ...plan.motions.map((m): DeckCell => ({ text: [{ text: roles(m.rolePeople) }, { text: m.quota > 0 ? f.money(m.quota) : '—', newLine: true }] })),
    {
      text: [
        { text: roles(plan.totals.rolePeople) },
        { text: quota === null ? t('noQuota') : t('export.quotaSummary', { quota: f.money(plan.totals.quota), percent: f.share(quota), potential: f.money(plan.totals.potential) }), newLine: true },
        ...plan.warnings.filter((w) => w.kind === 'quotaBelowFloor' || w.kind === 'quotaOverWallet').map((w) => ({ text: ` ${x.marker(w, numbers.get(w)!)}`, bold: true, color: color.warn })),
      ],
    },
  ];
  return {
    columns: [
      { header: t('export.segmentsHead'), width: 2.3 },
      ...plan.motions.map((m) => ({ header: motionHead(m), width: 1.55 })),
      { header: t('rowTotal'), width: 1.45 },
    ],
    rows,
    foot: [foot, roleFoot],
    fontSize: deck.style.size.min,
    zebra: false,
  };
}

/** The plan's matrix (continued if it has many segments) with its legend. */
async function matrixSlides(deck: DeckContext, plan: PlanExport, x: CoverageText) {
  const { t, f } = x;
  const totals = plan.figures.totals;
  const summary = [
    ...(plan.active ? [t('export.activeTag')] : []),
    t('summary.people', { people: f.people(totals.people) }),
    t('summary.cost', { cost: f.money(totals.cost) }),
    ...(totals.uncoveredSegments > 0 ? [t('summary.uncovered', { count: totals.uncoveredSegments })] : []),
  ].join(' · ');
  const legend = [t('export.legendRoles'), plan.figures.warnings.length ? t('export.legendMarkers') : t('export.noWarnings')].join(' · ');
  const legendH = deck.textHeight(legend, deck.style.body.w, deck.style.size.min);
  await deck.addTableSlides({
    heading: { title: t('export.matrixTitle', { plan: x.planName(plan) }), subtitle: summary },
    table: matrixTable(deck, plan.figures, x),
    below: { height: legendH, draw: (slide, box) => deck.addText(slide, legend, box, { fontSize: deck.style.size.min, color: deck.style.color.muted }) },
  });
}

/** One native bar chart: a value per motion, the first motion on top. */
function motionChart(deck: DeckContext, slide: Slide, title: string, names: string[], values: number[], tint: string, format: string, box: { x: number; y: number; w: number; h: number }) {
  slide.addChart(deck.pptx.ChartType.bar, [{ name: title, labels: names, values }], {
    ...deck.chartDefaults,
    ...box,
    barDir: 'bar',
    // The first motion on top, as in the matrix (pptxgenjs types know only 'minMax'; the file format has both).
    catAxisOrientation: 'maxMin' as 'minMax',
    chartColors: [tint],
    showValue: true,
    dataLabelFormatCode: format,
    dataLabelPosition: 'outEnd',
    valAxisLabelFormatCode: format,
    showTitle: true,
    title,
    showLegend: false,
    barGapWidthPct: 60,
    altText: title,
  });
}

/** People and cost by motion, as two native charts (the board's colours: people blue, cost orange). */
async function chartSlide(deck: DeckContext, plan: PlanExport, x: CoverageText) {
  const { t, f } = x;
  const { body } = deck.style;
  const subtitle = [...(plan.active ? [t('export.activeTag')] : []), t('summary.people', { people: f.people(plan.figures.totals.people) }), t('summary.cost', { cost: f.money(plan.figures.totals.cost) })].join(' · ');
  const slide = await deck.addSlide({ title: t('export.chartTitle', { plan: x.planName(plan) }), subtitle });
  if (plan.figures.totals.people === 0) {
    deck.addText(slide, t('chart.empty'), { ...body, h: 0.6 }, { color: deck.style.color.muted });
    return;
  }
  const names = plan.figures.motions.map((m) => m.motion.name);
  const half = (body.w - 0.4) / 2;
  motionChart(deck, slide, t('chart.people'), names, plan.figures.motions.map((m) => m.people), deck.hex(PALETTE[0]), '#,##0', { x: body.x, y: body.y, w: half, h: body.h });
  motionChart(
    deck,
    slide,
    t('chart.cost', { symbol: f.symbol }),
    names,
    plan.figures.motions.map((m) => Math.round(m.cost * 100) / 100),
    deck.hex(PALETTE[1]),
    '#,##0.0',
    { x: body.x + half + 0.4, y: body.y, w: half, h: body.h },
  );
}

/** Every warning and hint of the plan, numbered as the markers in the matrix. */
async function warningSlides(deck: DeckContext, plan: PlanExport, x: CoverageText) {
  const { t } = x;
  const { color } = deck.style;
  const warnings = plan.figures.warnings;
  if (warnings.length === 0) return;
  await deck.addTableSlides({
    heading: { title: t('export.warningsTitle', { plan: x.planName(plan) }) },
    table: {
      columns: [
        { header: '#', width: 0.8 },
        { header: t('export.where'), width: 4.2 },
        { header: t('export.finding'), width: 7.2 },
      ],
      rows: warnings.map((w, i): Array<string | DeckCell> => [
        { text: x.marker(w, i + 1), bold: true, color: w.severity === 'warning' ? color.warn : color.muted },
        [x.segmentOf(w)?.name, x.motionOf(w)?.name].filter(Boolean).join(' · '),
        { text: [{ text: t(w.severity === 'warning' ? 'warnings.warningPrefix' : 'warnings.hintPrefix'), bold: true }, { text: x.sentence(w) }] },
      ]),
    },
  });
}

/** One plan: its matrix, its people and cost by motion, its warnings. */
export async function planSlides(deck: DeckContext, plan: PlanExport, x: CoverageText): Promise<void> {
  await matrixSlides(deck, plan, x);
  await chartSlide(deck, plan, x);
  await warningSlides(deck, plan, x);
}
