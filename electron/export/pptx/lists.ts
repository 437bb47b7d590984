import type PptxGenJS from 'pptxgenjs';
import type { DeckContext, DeckStyle, ListSlides, Slide, SlideHeading } from '../../../shared/export/deck';
import { layoutList, pitchPt, PT_PER_IN, textWidthIn } from './layout';

/**
 * A long list (every account of a segment) in newspaper columns at the minimum size, continued
 * over slides. Each column is two text boxes stepping line for line — the texts, left-aligned, and
 * their figures, right-aligned — with an exact line pitch so they stay aligned in every program.
 */
export function listSlides(style: DeckStyle, addSlide: (heading: SlideHeading) => Promise<Slide>, continued: DeckContext['continued']) {
  const { body, color, lang } = style;
  return async (spec: ListSlides): Promise<void> => {
    const fontSize = style.size.min;
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
        const texts: PptxGenJS.TextProps[] = [];
        const figures: PptxGenJS.TextProps[] = [];
        for (const i of column) {
          layout.lines[i]!.forEach((line, k) => {
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
}
