import { cellKey, type CellAnalysis, type RoutesAnalysis } from '../../../../shared/calc/routes';
import type { Box, DeckContext, Slide } from '../../../../shared/export/deck';
import type { Route } from '../../../../shared/records';
import { textOn } from '../chipColor';
import type { RoutesText } from './deckText';

/** Sizes of the grid drawing (inches, points). */
const G = { rowHead: 2.3, headH: 0.5, pad: 0.07, chipGap: 0.06, rowGap: 0.04, chipPad: 0.07, corner: 0.1, font: 10, chipLine: 0.2 } as const;

interface ChipPlace {
  route: Route;
  label: string;
  box: Box;
}

interface CellLayout {
  cell: CellAnalysis;
  chips: ChipPlace[];
  /** The status line under the chips ("▲ Gap", "■ Conflict", "Rule: …"), '' for a plain cell. */
  badge: string;
  badgeH: number;
  height: number;
}

/** A cell's chips flowed left to right, wrapping, as on the board; positions relative to the cell. */
function layoutCell(deck: DeckContext, cell: CellAnalysis, width: number, x: RoutesText): CellLayout {
  const inner = width - 2 * G.pad;
  const chips: ChipPlace[] = [];
  let cx = 0;
  let cy = 0;
  let rowH = 0;
  for (const p of cell.placements) {
    const route = x.routes.get(p.routeId);
    if (!route) continue;
    const label = x.chipLabel(route);
    // A rounded rectangle's text area is inset from its corners: the chip gets that room too.
    const natural = deck.textWidth(label, G.font, true) + 2 * G.chipPad + G.corner;
    const w = Math.min(inner, natural);
    // A chip as wide as its label is one line (measured again, rounding could wrap it); a longer one wraps.
    const text = natural <= inner ? deck.textHeight(label, 100, G.font, true) : deck.textHeight(label, w - 2 * G.chipPad - G.corner, G.font, true);
    const h = Math.max(G.chipLine, text) + 0.08;
    if (cx > 0 && cx + w > inner) {
      cx = 0;
      cy += rowH + G.chipGap;
      rowH = 0;
    }
    chips.push({ route, label, box: { x: G.pad + cx, y: G.pad + cy, w, h } });
    cx += w + G.chipGap;
    rowH = Math.max(rowH, h);
  }
  const chipsH = chips.length ? cy + rowH + G.chipGap : 0;
  const badge = x.badge(cell);
  const badgeH = badge ? deck.textHeight(badge, inner, G.font, true) : 0;
  return { cell, chips, badge, badgeH, height: Math.max(0.42, 2 * G.pad + chipsH + badgeH) };
}

/** The cell's look by status: a gap dashed amber, a conflict red, never told by colour alone (the badge says it). */
function cellStyle(deck: DeckContext, status: CellAnalysis['status']) {
  const c = deck.style.color;
  switch (status) {
    case 'gap':
      return { fill: c.warnBg, line: { color: c.warn, width: 1.25, dash: true }, ink: c.warn };
    case 'conflict':
      return { fill: c.errorBg, line: { color: c.error, width: 1.5 }, ink: c.error };
    case 'resolved':
      return { fill: c.white, line: { color: c.ok, width: 1 }, ink: c.ok };
    default:
      return { fill: c.white, line: { color: c.line, width: 0.75 }, ink: c.text };
  }
}

function drawRow(deck: DeckContext, slide: Slide, analysis: RoutesAnalysis, row: CellLayout[], y: number, height: number, colW: number) {
  const { body } = deck.style;
  const segment = analysis.rows.find((s) => s.id === row[0]!.cell.segmentId)!;
  deck.addText(slide, segment.name, { x: body.x, y, w: G.rowHead - 0.08, h: height }, {
    shape: 'rect',
    fill: deck.hex(segment.color),
    color: deck.hex(textOn(segment.color)),
    bold: true,
    valign: 'middle',
    margin: 0.08,
    fontSize: deck.style.size.small + 1,
  });
  row.forEach((c, i) => {
    const cx = body.x + G.rowHead + i * colW;
    const style = cellStyle(deck, c.cell.status);
    deck.addText(slide, '', { x: cx, y, w: colW - 0.06, h: height }, { shape: 'rect', fill: style.fill, line: style.line });
    for (const chip of c.chips) {
      const fill = chip.route.color;
      deck.addText(slide, chip.label, { x: cx + chip.box.x, y: y + chip.box.y, w: chip.box.w, h: chip.box.h }, {
        shape: 'roundRect',
        fill: deck.hex(fill),
        color: deck.hex(textOn(fill)),
        fontSize: G.font,
        bold: true,
        valign: 'middle',
        margin: G.chipPad,
      });
    }
    if (c.badge) {
      const chipsBottom = c.chips.reduce<number>((m, ch) => Math.max(m, ch.box.y + ch.box.h + G.chipGap), G.pad);
      deck.addText(slide, c.badge, { x: cx + G.pad, y: y + chipsBottom, w: colW - 0.06 - 2 * G.pad, h: c.badgeH }, { fontSize: G.font, bold: true, color: style.ink });
    }
  });
}

/**
 * The routes grid as on the board, drawn with native shapes: customer tiers down, offering types
 * across, each cell's routes as coloured chips (number and name), gaps and conflicts marked with
 * words and symbols as well as colour. Tall grids continue on the next slide, header repeated.
 */
export async function gridSlides(deck: DeckContext, analysis: RoutesAnalysis, x: RoutesText): Promise<void> {
  const { body, color } = deck.style;
  const { t } = x;
  const colW = (body.w - G.rowHead) / Math.max(1, analysis.columns.length);
  const rows = analysis.rows.map((segment) => analysis.columns.map((o) => layoutCell(deck, analysis.cells.get(cellKey(segment.id, o.id))!, colW - 0.06, x)));
  const heights = rows.map((r) => Math.max(...r.map((c) => c.height)));
  const legend = x.gridLegend(analysis);
  const legendH = deck.textHeight(legend, body.w, deck.style.size.min) + 0.1;
  const headH = Math.max(G.headH, ...analysis.columns.map((o) => deck.textHeight(o.name, colW - 0.22, deck.style.size.small + 1, true) + 0.14));
  // Rows per slide: as many whole rows as fit under the header, the legend on the last slide.
  const pages: number[][] = [[]];
  let used = headH + G.rowGap;
  heights.forEach((h, i) => {
    const room = body.h - (i === heights.length - 1 ? legendH : 0);
    if (pages.at(-1)!.length > 0 && used + h + G.rowGap > room) {
      pages.push([]);
      used = headH + G.rowGap;
    }
    pages.at(-1)!.push(i);
    used += h + G.rowGap;
  });
  for (const [p, indexes] of pages.entries()) {
    const slide = await deck.addSlide({ title: deck.continued(t('export.gridTitle'), p + 1, pages.length), subtitle: x.findingsLine(analysis) });
    deck.addText(slide, t('corner'), { x: body.x, y: body.y, w: G.rowHead - 0.08, h: headH }, { shape: 'rect', fill: color.surface, fontSize: deck.style.size.min, color: color.muted, valign: 'middle', margin: 0.08 });
    analysis.columns.forEach((o, i) => {
      deck.addText(slide, o.name, { x: body.x + G.rowHead + i * colW, y: body.y, w: colW - 0.06, h: headH }, { shape: 'rect', fill: color.surface, bold: true, fontSize: deck.style.size.small + 1, valign: 'middle', margin: 0.08 });
    });
    let y = body.y + headH + G.rowGap;
    for (const r of indexes) {
      drawRow(deck, slide, analysis, rows[r]!, y, heights[r]!, colW);
      y += heights[r]! + G.rowGap;
    }
    if (p === pages.length - 1) deck.addText(slide, legend, { x: body.x, y: y + 0.04, w: body.w, h: legendH }, { fontSize: deck.style.size.min, color: color.muted });
  }
}
