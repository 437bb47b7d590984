import type PptxGenJS from 'pptxgenjs';
import type { Align, Box, DeckCell, DeckContext, DeckStyle, DeckTable, Slide, SlideHeading, TableSlides } from '../../../shared/export/deck';
import { asCell, CELL_MARGIN, cellSize, columnWidths, paginateRows, rowHeight } from './layout';
import { ALIGN, runs, textOptions } from './text';

type Rows = ReadonlyArray<ReadonlyArray<string | DeckCell>>;

/**
 * The deck's tables: a header row on the surface colour, rows with a hairline under each (zebra
 * unless asked not to), totals on the accent tint; every row as tall as its text needs (see
 * layout.ts), set explicitly, so PowerPoint and LibreOffice draw the table the height it was
 * planned at.
 */
export function tableDrawer(style: DeckStyle) {
  const { color, size } = style;
  const min = size.min;

  /** pptxgenjs cells for one row of a table. */
  const cellsOf = (table: DeckTable, row: ReadonlyArray<string | DeckCell>, kind: 'head' | 'body' | 'foot', index: number, aligns: Align[]): PptxGenJS.TableCell[] => {
    let col = 0;
    return row.map((raw) => {
      const cell = asCell(raw);
      const fontSize = cellSize(cell, table, size.table, min);
      const align = cell.align ?? aligns[col] ?? 'left';
      col += Math.max(1, cell.colspan ?? 1);
      const zebra = kind === 'body' && table.zebra !== false && index % 2 === 1;
      const fill = cell.fill ?? (kind === 'head' ? color.surface : kind === 'foot' ? color.accentSoft : zebra ? color.zebra : undefined);
      const bold = kind !== 'body' || cell.bold === true;
      const base = { ...textOptions(style, cell.text, fontSize), color: cell.color ?? color.text, ...(bold ? { bold: true } : {}) };
      const rule: PptxGenJS.BorderProps = { type: 'solid', pt: kind === 'head' ? 1 : 0.5, color: kind === 'head' ? color.muted : color.line };
      const none: PptxGenJS.BorderProps = { type: 'none' };
      return {
        text: runs(cell.text, base),
        options: {
          ...base,
          align: ALIGN[align],
          valign: 'middle',
          margin: [...CELL_MARGIN],
          border: [kind === 'foot' ? rule : none, none, rule, none],
          ...(fill ? { fill: { color: fill } } : {}),
          ...(cell.colspan && cell.colspan > 1 ? { colspan: cell.colspan } : {}),
        },
      } as PptxGenJS.TableCell;
    });
  };

  const sizeOf = (table: DeckTable) => (c: DeckCell) => cellSize(c, table, size.table, min);
  const headerRow = (table: DeckTable): DeckCell[] => table.columns.map((c) => ({ text: c.header }));
  const heightsOf = (table: DeckTable, rows: Rows, widths: number[], bold: boolean) => rows.map((r) => rowHeight(r, widths, sizeOf(table), bold));
  const sum = (xs: number[]) => xs.reduce((s, h) => s + h, 0);

  /** Draws the header, the given body rows and (optionally) the foot; returns the table's height. */
  const draw = (slide: Slide, table: DeckTable, box: Pick<Box, 'x' | 'y' | 'w'>, bodyRows: Rows, withFoot: boolean): number => {
    const widths = columnWidths(table.columns, box.w);
    const aligns = table.columns.map((c) => c.align ?? 'left');
    const foot = withFoot ? (table.foot ?? []) : [];
    const rows = [
      cellsOf(table, headerRow(table), 'head', 0, aligns),
      ...bodyRows.map((r, i) => cellsOf(table, r, 'body', i, aligns)),
      ...foot.map((r, i) => cellsOf(table, r, 'foot', i, aligns)),
    ];
    const heights = [...heightsOf(table, [headerRow(table)], widths, true), ...heightsOf(table, bodyRows, widths, false), ...heightsOf(table, foot, widths, true)];
    slide.addTable(rows, { x: box.x, y: box.y, w: box.w, colW: widths, rowH: heights, autoPage: false });
    return sum(heights);
  };

  const height: DeckContext['tableHeight'] = (table, width) => {
    const widths = columnWidths(table.columns, width);
    return sum([...heightsOf(table, [headerRow(table)], widths, true), ...heightsOf(table, table.rows, widths, false), ...heightsOf(table, table.foot ?? [], widths, true)]);
  };

  /** The table over as many slides as its rows need, each titled "(continued n/m)", the totals and `below` on the last. */
  const slides = (addSlide: (heading: SlideHeading) => Promise<Slide>, continued: DeckContext['continued']) => async (spec: TableSlides) => {
    const { table } = spec;
    const { body } = style;
    const widths = columnWidths(table.columns, body.w);
    const header = heightsOf(table, [headerRow(table)], widths, true)[0]!;
    const foot = sum(heightsOf(table, table.foot ?? [], widths, true));
    const above = spec.above ? spec.above.height + 0.15 : 0;
    const below = spec.below ? spec.below.height + 0.15 : 0;
    const room = body.h - above;
    const pages = paginateRows(heightsOf(table, table.rows, widths, false), { first: room, other: room }, header, foot + below);
    for (const [i, indexes] of pages.entries()) {
      const last = i === pages.length - 1;
      const slide = await addSlide({ ...spec.heading, title: continued(spec.heading.title, i + 1, pages.length) });
      spec.above?.draw(slide, { x: body.x, y: body.y, w: body.w, h: spec.above.height });
      const y = body.y + above;
      const h = draw(slide, table, { x: body.x, y, w: body.w }, indexes.map((r) => table.rows[r]!), last);
      if (last && spec.below) spec.below.draw(slide, { x: body.x, y: y + h + 0.15, w: body.w, h: spec.below.height });
    }
  };

  return { draw, height, slides };
}
