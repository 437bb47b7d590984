/** A small colour mark before a segment's or route's name (the name says it; the colour only echoes the board). */
export function Swatch({ color }: { color: string }) {
  return <span className="report-swatch" style={{ background: color }} aria-hidden="true" />;
}
