/**
 * A figure with its unit on one line ("¥\u00a0238\u00a0M"): a narrow column header wraps
 * between its figures, never inside one ("¥ 238" / "M" reads as another number in the room).
 */
export const oneFigure = (money: string) => money.replace(/ /g, '\u00a0');

/** A " · " between figures that never starts a line. */
export function keepFigures(text: string): string {
  return text.replace(/ · /g, '\u00a0· ');
}
