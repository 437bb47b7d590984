import type PptxGenJS from 'pptxgenjs';
import type { Align, Box, DeckCell, DeckContext, DeckRun, DeckStyle, DeckTable, DeckText, ListSlides, SectionHeading, Slide, SlideHeading, TableSlides } from '../../../shared/export/deck';
import type { ExportInput } from '../../../shared/export/input';
import type { ExportJob } from '../../../shared/export/job';
import {
  asCell,
  CELL_MARGIN,
  cellSize,
  columnWidths,
  layoutList,
  paginateRows,
  pitchPt,
  plainText,
  PT_PER_IN,
  rowHeight,
  textHeightIn,
  textWidthIn,
} from './layout';
import { MASTER } from './master';
import { FRAME } from './style';

type TextProps = PptxGenJS.TextProps;
type TableCell = PptxGenJS.TableCell;

const ALIGN: Record<Align, PptxGenJS.HAlign> = { left: 'left', center: 'center', right: 'right' };

/** What the writer keeps of the deck it built, beyond what boards see. */
export interface DeckBuild {
  deck: DeckContext;
  /** Slides boards asked for at the end (after every board), in the order they asked. */
  appendices: Array<() => Promise<void>>;
}

/** pptxgenjs text runs for a DeckText: each run's own look; `newLine` breaks the paragraph before it. */
function runs(text: DeckText, base: PptxGenJS.TextPropsOptions): TextProps[] | string {
  if (typeof text === 'string') return text;
  return text.map((r: DeckRun, i) => {
    const next = text[i + 1];
    return {
      text: r.text,
      options: {
        ...base,
        ...(r.bold !== undefined ? { bold: r.bold } : {}),
        ...(r.italic ? { italic: true } : {}),
        ...(r.color ? { color: r.color } : {}),
        ...(next?.newLine ? { breakLine: true } : {}),
      },
    };
  });
}

export function createDeck(input: ExportInput, pptx: PptxGenJS, job: ExportJob, style: DeckStyle): DeckBuild {
  const { color, size, lang, body } = style;
  const appendices: Array<() => Promise<void>> = [];
  let sections = 0;
  const min = size.min;
  const t = input.t;

  /** Everything the deck writes as text: the workshop's language, an exact line pitch, no autofit. */
  const textOpts = (text: DeckText, fontSize: number): PptxGenJS.TextPropsOptions => ({
    lang,
    fontSize: Math.max(min, fontSize),
    lineSpacing: pitchPt(plainText(text), Math.max(min, fontSize)),
  });

  const addText: DeckContext['addText'] = (slide, text, box, opts = {}) => {
    const fontSize = Math.max(min, opts.fontSize ?? size.body);
    const base: PptxGenJS.TextPropsOptions = {
      ...textOpts(text, fontSize),
      color: opts.color ?? color.text,
      ...(opts.bold ? { bold: true } : {}),
    };
    slide.addText(runs(text, base), {
      ...box,
      ...base,
      align: ALIGN[opts.align ?? 'left'],
      valign: opts.valign ?? 'top',
      // Text box insets are points in pptxgenjs (table cell margins are inches).
      margin: (opts.margin ?? 0) * PT_PER_IN,
      ...(opts.fill ? { fill: { color: opts.fill } } : {}),
      ...(opts.shape ? { shape: opts.shape === 'roundRect' ? pptx.ShapeType.roundRect : pptx.ShapeType.rect } : {}),
      ...(opts.shape === 'roundRect' ? { rectRadius: 0.08 } : {}),
      ...(opts.line ? { line: { color: opts.line.color, width: opts.line.width ?? 0.75, ...(opts.line.dash ? { dashType: 'dash' as const } : {}) } } : {}),
    });
  };

  /** A title in the placeholder: one line at the title size, smaller (down to 16 pt) when long. */
  const title = (slide: Slide, text: string) => {
    const width = style.width - 2 * FRAME.margin;
    let fontSize = size.title;
    while (fontSize > 16 && textWidthIn(text, fontSize, true) > width) fontSize -= 2;
    slide.addText(text, { placeholder: 'title', lang, fontSize, lineSpacing: pitchPt(text, fontSize) } as PptxGenJS.TextPropsOptions);
  };

  const addSlide: DeckContext['addSlide'] = async (heading: SlideHeading) => {
    await job.step();
    const slide = pptx.addSlide({ masterName: MASTER.content });
    title(slide, heading.title);
    if (heading.subtitle) {
      addText(slide, heading.subtitle, { x: FRAME.margin, y: FRAME.subtitleY, w: style.width - 2 * FRAME.margin, h: FRAME.subtitleH }, { fontSize: size.subtitle, color: color.muted, valign: 'middle' });
    }
    return slide;
  };

  const addSection: DeckContext['addSection'] = async (section: SectionHeading) => {
    await job.step();
    sections += 1;
    const slide = pptx.addSlide({ masterName: MASTER.section });
    const x = 1.0;
    const w = style.width - 2 * x;
    addText(slide, String(sections).padStart(2, '0'), { x, y: 1.2, w: 3, h: 1.1 }, { fontSize: 54, bold: true, color: color.accentSoft });
    addText(slide, section.title, { x, y: 2.35, w, h: 1.0 }, { fontSize: 36, bold: true, color: color.white, valign: 'middle' });
    if (section.subtitle) addText(slide, section.subtitle, { x, y: 3.35, w, h: 0.5 }, { fontSize: 18, color: color.white });
    const figures = (section.figures ?? []).slice(0, 4);
    const fw = w / Math.max(3, figures.length);
    figures.forEach((f, i) => {
      addText(slide, f.value, { x: x + i * fw, y: 4.55, w: fw - 0.3, h: 0.7 }, { fontSize: 28, bold: true, color: color.white });
      addText(slide, f.label, { x: x + i * fw, y: 5.25, w: fw - 0.3, h: 0.6 }, { fontSize: 13, color: color.accentSoft });
    });
  };

  /** pptxgenjs cells for one row of a table. */
  const cellsOf = (table: DeckTable, row: ReadonlyArray<string | DeckCell>, kind: 'head' | 'body' | 'foot', index: number, aligns: Align[]): TableCell[] => {
    let col = 0;
    return row.map((raw) => {
      const cell = asCell(raw);
      const fontSize = cellSize(cell, table, size.table, min);
      const align = cell.align ?? aligns[col] ?? 'left';
      col += Math.max(1, cell.colspan ?? 1);
      const zebra = kind === 'body' && table.zebra !== false && index % 2 === 1;
      const fill = cell.fill ?? (kind === 'head' ? color.surface : kind === 'foot' ? color.accentSoft : zebra ? color.zebra : undefined);
      const bold = kind !== 'body' || cell.bold === true;
      const base = { ...textOpts(cell.text, fontSize), color: cell.color ?? color.text, ...(bold ? { bold: true } : {}) };
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
      } as TableCell;
    });
  };

  const sizeOf = (table: DeckTable) => (c: DeckCell) => cellSize(c, table, size.table, min);
  const headerRow = (table: DeckTable): DeckCell[] => table.columns.map((c) => ({ text: c.header }));
  const heightsOf = (table: DeckTable, rows: ReadonlyArray<ReadonlyArray<string | DeckCell>>, widths: number[], bold: boolean) =>
    rows.map((r) => rowHeight(r, widths, sizeOf(table), bold));

  /** Draws the header, the given body rows and (optionally) the foot; returns the table's height. */
  const drawTable = (slide: Slide, table: DeckTable, box: Pick<Box, 'x' | 'y' | 'w'>, bodyRows: ReadonlyArray<ReadonlyArray<string | DeckCell>>, withFoot: boolean): number => {
    const widths = columnWidths(table.columns, box.w);
    const aligns = table.columns.map((c) => c.align ?? 'left');
    const foot = withFoot ? (table.foot ?? []) : [];
    const rows = [
      cellsOf(table, headerRow(table), 'head', 0, aligns),
      ...bodyRows.map((r, i) => cellsOf(table, r, 'body', i, aligns)),
      ...foot.map((r, i) => cellsOf(table, r, 'foot', i, aligns)),
    ];
    const heights = [
      ...heightsOf(table, [headerRow(table)], widths, true),
      ...heightsOf(table, bodyRows, widths, false),
      ...heightsOf(table, foot, widths, true),
    ];
    slide.addTable(rows, { x: box.x, y: box.y, w: box.w, colW: widths, rowH: heights, autoPage: false });
    return heights.reduce((s, h) => s + h, 0);
  };

  const addTable: DeckContext['addTable'] = (slide, table, box) => drawTable(slide, table, box, table.rows, true);

  const tableHeight: DeckContext['tableHeight'] = (table, width) => {
    const widths = columnWidths(table.columns, width);
    return [...heightsOf(table, [headerRow(table)], widths, true), ...heightsOf(table, table.rows, widths, false), ...heightsOf(table, table.foot ?? [], widths, true)].reduce((s, h) => s + h, 0);
  };

  const continued: DeckContext['continued'] = (text, page, pages) => (pages > 1 ? t('common:export.deck.continued', { title: text, page, pages }) : text);

  const addTableSlides: DeckContext['addTableSlides'] = async (spec: TableSlides) => {
    const { table } = spec;
    const widths = columnWidths(table.columns, body.w);
    const header = heightsOf(table, [headerRow(table)], widths, true)[0]!;
    const foot = heightsOf(table, table.foot ?? [], widths, true).reduce((s, h) => s + h, 0);
    const above = spec.above ? spec.above.height + 0.15 : 0;
    const below = spec.below ? spec.below.height + 0.15 : 0;
    const room = body.h - above;
    const pages = paginateRows(heightsOf(table, table.rows, widths, false), { first: room, other: room }, header, foot + below);
    for (const [i, indexes] of pages.entries()) {
      const last = i === pages.length - 1;
      const slide = await addSlide({ ...spec.heading, title: continued(spec.heading.title, i + 1, pages.length) });
      spec.above?.draw(slide, { x: body.x, y: body.y, w: body.w, h: spec.above.height });
      const y = body.y + above;
      const h = drawTable(slide, table, { x: body.x, y, w: body.w }, indexes.map((r) => table.rows[r]!), last);
      if (last && spec.below) spec.below.draw(slide, { x: body.x, y: y + h + 0.15, w: body.w, h: spec.below.height });
    }
  };

  const addListSlides: DeckContext['addListSlides'] = async (spec: ListSlides) => {
    const fontSize = min;
    const gap = 0.35;
    const headH = 0.3;
    const top = body.y + headH + 0.1;
    const pitch = pitchPt('中', fontSize);
    const linesPerColumn = Math.floor(((body.y + body.h - top) * PT_PER_IN) / pitch);
    const layout = layoutList(spec.entries, body.w, linesPerColumn, fontSize, gap);
    const w = layout.columnWidth;
    const fw = Math.max(layout.figureWidth, spec.header.figure ? textWidthIn(spec.header.figure, fontSize, true) : 0);
    const box = (x: number, y: number, width: number, h: number, align: PptxGenJS.HAlign, extra: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextPropsOptions => ({
      x, y, w: width, h, fontSize, lang, align, valign: 'top', margin: 0, lineSpacing: pitch, color: color.text, ...extra,
    });
    for (const [p, page] of layout.pages.entries()) {
      const slide = await addSlide({ ...spec.heading, title: continued(spec.heading.title, p + 1, layout.pages.length) });
      page.forEach((column, c) => {
        const x = body.x + c * (w + gap);
        const head = { bold: true, color: color.muted, valign: 'bottom' as const };
        slide.addText(spec.header.text, box(x, body.y, w - fw, headH, 'left', head));
        if (spec.header.figure) slide.addText(spec.header.figure, box(x + w - fw, body.y, fw, headH, 'right', head));
        slide.addShape('line', { x, y: body.y + headH + 0.03, w, h: 0, line: { color: color.muted, width: 0.75 } });
        // One paragraph per line, texts and figures in two boxes that keep step line for line.
        const texts: TextProps[] = [];
        const figures: TextProps[] = [];
        for (const i of column) {
          const lines = layout.lines[i]!;
          lines.forEach((line, k) => {
            texts.push({ text: line, options: { breakLine: true } });
            figures.push({ text: k === 0 ? (spec.entries[i]!.figure ?? '') : '', options: { breakLine: true } });
          });
        }
        const h = body.y + body.h - top;
        slide.addText(texts, box(x, top, w - fw - 0.05, h, 'left'));
        if (layout.figureWidth > 0) slide.addText(figures, box(x + w - fw, top, fw, h, 'right'));
      });
    }
  };

  const chartDefaults: PptxGenJS.IChartOpts = {
    lang,
    titleFontSize: size.body,
    titleColor: color.text,
    legendFontSize: size.small + 1,
    legendColor: color.text,
    dataLabelFontSize: size.small + 1,
    dataLabelColor: color.text,
    catAxisLabelFontSize: size.small + 1,
    catAxisLabelColor: color.text,
    valAxisLabelFontSize: size.small,
    valAxisLabelColor: color.muted,
    valGridLine: { color: color.line, size: 0.5 },
    catAxisLineColor: color.line,
    valAxisLineShow: false,
  };

  const deck: DeckContext = {
    input,
    pptx,
    job,
    style,
    chartDefaults,
    addSlide,
    addSection,
    addTable,
    tableHeight,
    addTableSlides,
    addListSlides,
    addText,
    textHeight: (text, width, fontSize, bold) => textHeightIn(text, width, Math.max(min, fontSize), bold),
    textWidth: (text, fontSize, bold) => textWidthIn(text, Math.max(min, fontSize), bold),
    appendix: (draw) => {
      appendices.push(draw);
    },
    hex: (c) => c.replace(/^#/, '').toUpperCase(),
    continued,
  };
  return { deck, appendices };
}
