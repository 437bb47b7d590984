import { Fragment, useRef, type ReactNode, type RefObject } from 'react';
import { useFitList } from '../ui/fitList';

/** More items than a projector panel can ever show at once: the list is measured from here down. */
const CAP = 40;

/**
 * A projected panel's list (a vote's ranking, the notes, the parked questions): the items that fit
 * the screen whole, and "另有 N 条 / + N more" for the rest, as the segments columns and the
 * opportunity stages do (ui/fitList). Nobody scrolls the room's screen, so nothing may wait
 * behind a scroll bar. `keyOf` must be a stable function (the list is measured again when the
 * items' keys change).
 */
export function PanelList<T>({
  items,
  keyOf,
  render,
  ordered = false,
  className,
  label,
  more,
}: {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** One <li>, given its place in the whole list (aria-posinset). */
  render: (item: T, index: number) => ReactNode;
  ordered?: boolean;
  className: string;
  label: string;
  more: (count: number) => string;
}) {
  const list = useRef<HTMLElement>(null);
  const em = useRef<HTMLSpanElement>(null);
  const { shown, more: rest } = useFitList(list, em, items, keyOf, -1, CAP);
  const children = shown.map(({ item, index }) => <Fragment key={keyOf(item)}>{render(item, index)}</Fragment>);
  const props = { className: `panel-list ${className}`, 'aria-label': label };
  return (
    <>
      {ordered ? (
        <ol ref={list as RefObject<HTMLOListElement>} {...props}>
          {children}
        </ol>
      ) : (
        <ul ref={list as RefObject<HTMLUListElement>} {...props}>
          {children}
        </ul>
      )}
      <span ref={em} className="fit-em-probe" aria-hidden="true" />
      <p className="panel-more">{rest > 0 && more(rest)}</p>
    </>
  );
}
