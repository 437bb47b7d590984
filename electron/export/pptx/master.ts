import type PptxGenJS from 'pptxgenjs';
import type { DeckStyle } from '../../../shared/export/deck';
import { FRAME } from './style';

/** The deck's slide masters, by name. */
export const MASTER = { title: 'SALESMAP_TITLE', section: 'SALESMAP_SECTION', content: 'SALESMAP_CONTENT' } as const;

/**
 * The masters every slide is drawn on: the title slide's, the section divider's and the content
 * slide's (a real title placeholder, so PowerPoint's outline, accessibility checker and "reset
 * slide" know the title; an accent strip; the footer with the client and the date; the slide
 * number as PowerPoint's own field, so it follows when slides are moved or deleted).
 */
export function defineMasters(pptx: PptxGenJS, style: DeckStyle, footer: string): void {
  const { color, size, width, height, lang } = style;
  const m = FRAME.margin;
  const footerText = { x: m, y: FRAME.footerY, w: width - 2 * m - 1.2, h: FRAME.footerH, fontSize: size.small, color: color.muted, lang, valign: 'middle' as const, margin: 0 };
  const slideNumber = { x: width - m - 1.0, y: FRAME.footerY, w: 1.0, h: FRAME.footerH, fontSize: size.small, align: 'right' as const, valign: 'middle' as const, margin: 0 };

  pptx.defineSlideMaster({
    title: MASTER.content,
    background: { color: color.white },
    objects: [
      { rect: { x: 0, y: 0, w: width, h: FRAME.accentBar, fill: { color: color.accent }, line: { type: 'none' } } },
      {
        placeholder: {
          options: { name: 'title', type: 'title', x: m, y: FRAME.titleY, w: width - 2 * m, h: FRAME.titleH, fontSize: size.title, bold: true, color: color.text, align: 'left', valign: 'middle', margin: 0 },
          text: '',
        },
      },
      { line: { x: m, y: FRAME.ruleY, w: width - 2 * m, h: 0, line: { color: color.line, width: 1 } } },
      { line: { x: m, y: FRAME.footerY - 0.04, w: width - 2 * m, h: 0, line: { color: color.line, width: 0.75 } } },
      { text: { text: footer, options: footerText } },
    ],
    slideNumber: { ...slideNumber, color: color.muted },
  });

  pptx.defineSlideMaster({
    title: MASTER.section,
    background: { color: color.accent },
    objects: [{ text: { text: footer, options: { ...footerText, color: color.white } } }],
    slideNumber: { ...slideNumber, color: color.white },
  });

  pptx.defineSlideMaster({
    title: MASTER.title,
    background: { color: color.white },
    objects: [
      { rect: { x: 0, y: 0, w: 0.35, h: height, fill: { color: color.accent }, line: { type: 'none' } } },
      { rect: { x: 0.35, y: height - 0.9, w: width - 0.35, h: 0.9, fill: { color: color.surface }, line: { type: 'none' } } },
    ],
  });
}
