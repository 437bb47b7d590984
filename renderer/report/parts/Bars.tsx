/** One bar: what it is, how long it is, and the figure printed beside it (never the bar alone). */
export interface Bar {
  key: string;
  label: string;
  value: number;
  text: string;
  color?: string;
}

/**
 * A horizontal bar chart drawn with plain boxes: it prints exactly as it shows (no canvas, no
 * measuring of a container), each bar carries its label and its figure in words, and the colours
 * are kept in print (print-color-adjust) but never carry the meaning alone.
 */
export function Bars({ caption, bars, centred }: { caption: string; bars: readonly Bar[]; centred?: boolean }) {
  const max = Math.max(0, ...bars.map((b) => (Number.isFinite(b.value) ? b.value : 0)));
  return (
    <figure className={`report-chart${centred ? ' is-centred' : ''}`}>
      <figcaption>{caption}</figcaption>
      <ul className="report-bars">
        {bars.map((b) => {
          const width = max > 0 && Number.isFinite(b.value) ? Math.max(0.5, (b.value / max) * 100) : 0;
          return (
            <li key={b.key} className="report-bar-row">
              <span className="report-bar-label">{b.label}</span>
              <span className="report-bar-track" aria-hidden="true">
                <span className="report-bar" style={{ width: `${width}%`, ...(b.color ? { background: b.color } : {}) }} />
              </span>
              <span className="report-bar-value">{b.text}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
