import { z } from 'zod';

/** Record ids are opaque strings; new ones are UUIDs, template ones are readable slugs. */
export const idSchema = z.string().min(1).max(120);

/** Fractional index key (see shared/order.ts): plain string comparison gives the order. */
export const orderKeySchema = z.string().min(1).max(200);

/** A short single-line text a user typed (names, titles). Trimmed, never empty. */
export const nameSchema = z.string().trim().min(1).max(200);

/** Longer free text (notes, answers). May be empty. */
export const noteSchema = z.string().max(20_000);

/** Colours are stored as #rrggbb so exports can use them unchanged. */
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must look like #1f77b4');

/** Money is stored in millions of the workshop's currency (¥ M in the deck). */
export const moneySchema = z.number().finite().min(0).max(1e12);

export const percentSchema = z.number().finite().min(0).max(100);

/** Coverage drive: the two poles of the deck's coverage models. */
export const driveSchema = z.enum(['relationship', 'transaction']);
export type Drive = z.infer<typeof driveSchema>;

/** The boards of a workshop, in workshop order. */
export const boardIdSchema = z.enum(['agenda', 'segments', 'coverage', 'routes', 'method', 'opportunities', 'cadence']);
export type BoardId = z.infer<typeof boardIdSchema>;
export const BOARD_IDS: readonly BoardId[] = boardIdSchema.options;

/** The three questions of sales management that frame the day (DOMAIN.md), and their boards. */
export type BoardQuestion = 'divide' | 'whoSells' | 'howToSell';
export const BOARD_QUESTIONS: ReadonlyArray<{ question: BoardQuestion; boards: readonly BoardId[] }> = [
  { question: 'divide', boards: ['segments'] },
  { question: 'whoSells', boards: ['coverage', 'routes'] },
  { question: 'howToSell', boards: ['method', 'opportunities', 'cadence'] },
];

/** The question a board answers; null for the agenda, which frames all three. */
export function questionOf(board: BoardId): BoardQuestion | null {
  return BOARD_QUESTIONS.find((g) => g.boards.includes(board))?.question ?? null;
}

/**
 * Colour-blind-safe palette (Okabe–Ito, plus neutrals) used for segments and routes.
 * Text on these colours is chosen by shared/color.ts.
 */
export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#7f7f7f',
  '#332288',
  '#117733',
] as const;
