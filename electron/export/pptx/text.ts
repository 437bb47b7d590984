import type PptxGenJS from 'pptxgenjs';
import type { Align, DeckContext, DeckRun, DeckStyle, DeckText } from '../../../shared/export/deck';
import { pitchPt, plainText, PT_PER_IN } from './layout';

export const ALIGN: Record<Align, PptxGenJS.HAlign> = { left: 'left', center: 'center', right: 'right' };

/** pptxgenjs text runs for a DeckText: each run's own look; `newLine` breaks the paragraph before it. */
export function runs(text: DeckText, base: PptxGenJS.TextPropsOptions): PptxGenJS.TextProps[] | string {
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

/** Everything the deck writes as text: the workshop's language, never below the minimum size, an exact line pitch. */
export function textOptions(style: DeckStyle, text: DeckText, fontSize: number): PptxGenJS.TextPropsOptions {
  const size = Math.max(style.size.min, fontSize);
  return { lang: style.lang, fontSize: size, lineSpacing: pitchPt(plainText(text), size) };
}

/** Text in a box or a shape (a grid cell, a chip), never autofit: the caller sized the box. */
export function textDrawer(pptx: PptxGenJS, style: DeckStyle): DeckContext['addText'] {
  const { color, size } = style;
  return (slide, text, box, opts = {}) => {
    const base: PptxGenJS.TextPropsOptions = {
      ...textOptions(style, text, opts.fontSize ?? size.body),
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
}
