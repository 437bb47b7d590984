import { Fragment } from 'react';
import { nameParts } from './nameBreaks';
import './name.css';

/**
 * A name set in a narrow box (a motion's or offering's column header, a segment's row header, a
 * route's chip, a stage's column): it wraps only between its parts (nameParts: a <wbr> after
 * each separator) and, with `word-break: keep-all`, never between two Chinese characters of one
 * part. On the projector a part wider than its box ends in "…" rather than breaking mid-word;
 * the text itself stays whole, so the element's accessible name and tooltip are the full name.
 * `inline`: the name flows in its line with a mark glued after it (a motion's ◆ / ▲), which may
 * then take the next line when the name fills its own; a part wider than the box breaks as the
 * box's own overflow-wrap says (no "…", which would cut the mark).
 */
export function Name({ text, inline = false }: { text: string; inline?: boolean }) {
  const parts = nameParts(text);
  return (
    <span className={inline ? 'name-keep is-inline' : 'name-keep'}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
