/**
 * The position a pointer drop lands at among a cell's chips (laid out left to right, wrapping):
 * before the first chip whose line the pointer is above, or whose middle it is left of on that
 * line. Chips are given as their rectangles in order, without the dragged one.
 */
export function dropIndexAt(point: { x: number; y: number }, chips: readonly { left: number; right: number; top: number; bottom: number }[]): number {
  for (let i = 0; i < chips.length; i++) {
    const r = chips[i]!;
    if (point.y < r.top) return i;
    if (point.y <= r.bottom && point.x < (r.left + r.right) / 2) return i;
  }
  return chips.length;
}
