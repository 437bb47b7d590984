import type { DeckStyle } from '../../../shared/export/deck';
import type { Language } from '../../../shared/workshop';

/**
 * The deck's fonts. Latin text is Arial: every PowerPoint (Windows and Mac) has it, and
 * LibreOffice substitutes Liberation Sans, which has the same widths, so lines break in the same
 * places. East Asian text is Microsoft YaHei (微软雅黑): a core font of every Windows since
 * Vista (unlike DengXian, an optional "Chinese Supplemental Fonts" feature on non-Chinese
 * Windows) and bundled with Office for Mac; where it is missing, as on Debian, fontconfig
 * substitutes Noto Sans CJK SC for Chinese text. They are set as the theme's Latin and East Asian
 * fonts (see finish.ts), so every run inherits both and PowerPoint's font menu shows them.
 */
export const DECK_FONTS = { latin: 'Arial', eastAsian: 'Microsoft YaHei' } as const;

/** 16:9 at PowerPoint's default widescreen size (13.33 × 7.5 in). */
const WIDTH = 13.333;
const HEIGHT = 7.5;
const MARGIN = 0.6;

/** The app's own colours (renderer/styles/app.css), so the deck looks like the boards. */
const COLOR = {
  text: '1D1F21',
  muted: '5F6368',
  accent: '1F5FBF',
  accentSoft: 'E3ECFA',
  line: 'D9D9D2',
  surface: 'EFEFEA',
  zebra: 'F6F6F3',
  warn: '9A5B00',
  warnBg: 'FFF3D6',
  error: 'B3261E',
  errorBg: 'FDE7E5',
  ok: '1B7A3D',
  white: 'FFFFFF',
};

/** Where the master puts the title, the rule under it and the footer (inches). */
export const FRAME = {
  accentBar: 0.08,
  titleY: 0.32,
  titleH: 0.62,
  subtitleY: 0.92,
  subtitleH: 0.36,
  ruleY: 1.34,
  footerY: 7.02,
  footerH: 0.3,
  margin: MARGIN,
} as const;

export function deckStyle(language: Language): DeckStyle {
  return {
    width: WIDTH,
    height: HEIGHT,
    body: { x: MARGIN, y: 1.5, w: WIDTH - 2 * MARGIN, h: 6.85 - 1.5 },
    size: { title: 24, subtitle: 13, body: 13, table: 11, small: 10, min: 10 },
    color: COLOR,
    lang: language === 'zh-CN' ? 'zh-CN' : 'en-US',
    font: DECK_FONTS,
  };
}
