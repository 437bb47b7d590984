import type PptxGenJS from 'pptxgenjs';
import type { DeckContext, DeckStyle, SectionHeading, Slide, SlideHeading } from '../../../shared/export/deck';
import type { ExportInput } from '../../../shared/export/input';
import type { ExportJob } from '../../../shared/export/job';
import { pitchPt, textHeightIn, textWidthIn } from './layout';
import { listSlides } from './lists';
import { MASTER } from './master';
import { FRAME } from './style';
import { tableDrawer } from './tables';
import { textDrawer } from './text';

/** What the writer keeps of the deck it built, beyond what boards see. */
export interface DeckBuild {
  deck: DeckContext;
  /** Slides boards asked for at the end (after every board), in the order they asked. */
  appendices: Array<() => Promise<void>>;
}

/** The chart text of every chart: the deck's sizes (never below 10 pt) and colours. */
function chartDefaults(style: DeckStyle): PptxGenJS.IChartOpts {
  const { color, size } = style;
  return {
    lang: style.lang,
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
}

/** The DeckContext boards draw on: slides on the deck's masters, each one step of the export job. */
export function createDeck(input: ExportInput, pptx: PptxGenJS, job: ExportJob, style: DeckStyle): DeckBuild {
  const { color, size } = style;
  const appendices: Array<() => Promise<void>> = [];
  let sections = 0;
  const addText = textDrawer(pptx, style);
  const tables = tableDrawer(style);

  /** A title in the placeholder: one line at the title size, smaller (down to 16 pt) when long. */
  const title = (slide: Slide, text: string) => {
    const width = style.width - 2 * FRAME.margin;
    let fontSize = size.title;
    while (fontSize > 16 && textWidthIn(text, fontSize, true) > width) fontSize -= 2;
    slide.addText(text, { placeholder: 'title', lang: style.lang, fontSize, lineSpacing: pitchPt(text, fontSize) } as PptxGenJS.TextPropsOptions);
  };

  const addSlide = async (heading: SlideHeading): Promise<Slide> => {
    await job.step();
    const slide = pptx.addSlide({ masterName: MASTER.content });
    title(slide, heading.title);
    if (heading.subtitle) {
      addText(slide, heading.subtitle, { x: FRAME.margin, y: FRAME.subtitleY, w: style.width - 2 * FRAME.margin, h: FRAME.subtitleH }, { fontSize: size.subtitle, color: color.muted, valign: 'middle' });
    }
    return slide;
  };

  /** A divider: the part's number, its title and question, up to four key figures. */
  const addSection = async (section: SectionHeading): Promise<void> => {
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

  const continued: DeckContext['continued'] = (text, page, pages) => (pages > 1 ? input.t('common:export.deck.continued', { title: text, page, pages }) : text);

  const deck: DeckContext = {
    input,
    pptx,
    job,
    style,
    chartDefaults: chartDefaults(style),
    addSlide,
    addSection,
    addTable: (slide, table, box) => tables.draw(slide, table, box, table.rows, true),
    tableHeight: tables.height,
    addTableSlides: tables.slides(addSlide, continued),
    addListSlides: listSlides(style, addSlide, continued),
    addText,
    textHeight: (text, width, fontSize, bold) => textHeightIn(text, width, Math.max(size.min, fontSize), bold),
    textWidth: (text, fontSize, bold) => textWidthIn(text, Math.max(size.min, fontSize), bold),
    appendix: (draw) => {
      appendices.push(draw);
    },
    hex: (c) => c.replace(/^#/, '').toUpperCase(),
    continued,
  };
  return { deck, appendices };
}
