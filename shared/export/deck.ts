import type PptxGenJS from 'pptxgenjs';
import type { ExportInput } from './input';
import type { ExportJob } from './job';

/**
 * What a board's slides are drawn on (renderer/boards/<board>/export/slides.ts). The service's
 * deck writer (electron/export/pptx/) makes it: the presentation with its master, and helpers
 * that keep every board's slides alike — a real title on each slide, tables that measure their
 * text and continue on the next slide instead of running off the page, long lists in columns,
 * chart defaults, never a font below 10 pt.
 *
 * Everything is drawn with native shapes, text boxes, tables and charts (editable in PowerPoint).
 * Geometry is in inches on a 13.33 × 7.5 in (16:9) slide; colours are "rrggbb" without '#'.
 */
export type Slide = PptxGenJS.Slide;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Align = 'left' | 'center' | 'right';

/** A piece of text with its own look (a bold figure in a sentence, a coloured marker). */
export interface DeckRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** Starts a new line (paragraph) before this run. */
  newLine?: boolean;
}

export type DeckText = string | DeckRun[];

export interface DeckCell {
  text: DeckText;
  align?: Align;
  bold?: boolean;
  color?: string;
  fill?: string;
  /** Points; never below the deck's minimum. */
  fontSize?: number;
  colspan?: number;
}

export interface DeckColumn {
  header: DeckText;
  /** A weight: the table's width is shared out in proportion. */
  width: number;
  align?: Align;
}

export interface DeckTable {
  columns: DeckColumn[];
  rows: Array<Array<string | DeckCell>>;
  /** Rows kept under the last page's rows (totals). */
  foot?: Array<Array<string | DeckCell>>;
  /** Points (the deck's table size when absent). */
  fontSize?: number;
  /** Alternate row shading (on by default). */
  zebra?: boolean;
}

export interface TextOptions {
  fontSize?: number;
  color?: string;
  bold?: boolean;
  align?: Align;
  valign?: 'top' | 'middle' | 'bottom';
  fill?: string;
  shape?: 'rect' | 'roundRect';
  line?: { color: string; width?: number; dash?: boolean };
  margin?: number;
}

export interface SlideHeading {
  title: string;
  /** One line under the title: what the slide says, or its key figures. */
  subtitle?: string;
}

/** A big number on a section divider: "10,000" over "accounts". */
export interface KeyFigure {
  value: string;
  label: string;
}

export interface SectionHeading {
  title: string;
  subtitle?: string;
  figures?: KeyFigure[];
}

/** One entry of a long list laid out in columns: text on the left, a figure on the right. */
export interface ListEntry {
  text: string;
  figure?: string;
}

/** Everything continued over slides needs a heading for each: "(continued 2/5)" is added. */
export interface TableSlides {
  heading: SlideHeading;
  table: DeckTable;
  /** Something drawn above the table on every page (a legend); its height in inches. */
  above?: { height: number; draw(slide: Slide, box: Box): void };
  /** Something drawn under the table on the last page; its height in inches. */
  below?: { height: number; draw(slide: Slide, box: Box): void };
}

export interface ListSlides {
  heading: SlideHeading;
  /** Header over each column ("Account" · "Revenue"). */
  header: ListEntry;
  entries: ListEntry[];
}

export interface DeckStyle {
  /** Slide size. */
  width: number;
  height: number;
  /** Where a content slide's body goes (under the title, above the footer). */
  body: Box;
  /** Type sizes in points. */
  size: { title: number; subtitle: number; body: number; table: number; small: number; min: number };
  color: {
    text: string;
    muted: string;
    accent: string;
    accentSoft: string;
    line: string;
    surface: string;
    zebra: string;
    warn: string;
    warnBg: string;
    error: string;
    errorBg: string;
    ok: string;
    white: string;
  };
  /** The language tag of the workshop's text ("zh-CN", "en-US"). */
  lang: string;
  /** The deck's fonts (for charts, which name their own). */
  font: { latin: string; eastAsian: string };
}

export interface DeckContext {
  input: ExportInput;
  pptx: PptxGenJS;
  job: ExportJob;
  style: DeckStyle;
  /** Chart text in the deck's sizes (never below 10 pt) and colours: spread into every chart's options. */
  chartDefaults: PptxGenJS.IChartOpts;
  /** A content slide on the deck's master, titled, counted as one step of the job. */
  addSlide(heading: SlideHeading): Promise<Slide>;
  /** A divider opening a part of the deck ("02 · Customer segments"), with key figures. */
  addSection(section: SectionHeading): Promise<void>;
  /** Draws a table that fits `box` (the caller made sure: see tableHeight); returns its height. */
  addTable(slide: Slide, table: DeckTable, box: Pick<Box, 'x' | 'y' | 'w'>): number;
  /** The height a table's rows need in a width, header included (inches). */
  tableHeight(table: DeckTable, width: number): number;
  /** A table on as many slides as its rows need, header repeated, never below the body box. */
  addTableSlides(spec: TableSlides): Promise<void>;
  /** A long list (thousands of accounts) in newspaper columns, continued over slides. */
  addListSlides(spec: ListSlides): Promise<void>;
  /**
   * Text in a box (or a shape: a grid cell, a route chip), never shrunk: the caller sized the box
   * with textHeight. `margin` is the inner padding in inches.
   */
  addText(slide: Slide, text: DeckText, box: Box, opts?: TextOptions): void;
  /** Inches a text needs in a width at a size (estimated from the fonts' metrics, on the safe side). */
  textHeight(text: DeckText, width: number, fontSize: number, bold?: boolean): number;
  /** Inches the widest line of a text needs at a size (one line, no wrapping). */
  textWidth(text: string, fontSize: number, bold?: boolean): number;
  /** Drawn after every board's slides: reference material (the full account lists). */
  appendix(draw: () => Promise<void>): void;
  /** "#0072b2" → "0072B2". */
  hex(color: string): string;
  /** "Slide title (continued 2/3)" in the workshop's language. */
  continued(title: string, page: number, pages: number): string;
}
