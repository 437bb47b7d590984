import type { CSSProperties } from 'react';
import type { Route } from '../../../shared/records';
import { readableChip } from '../../ui/contrast';
import { Name } from '../../ui/Name';

/**
 * How a route looks everywhere (cells, palette, drag overlay): its colour, its number in a ring
 * and its name. The number and name carry the meaning; the colour only helps the eye. A number
 * another route also has gets an amber ⚠ next to it (the words are said where the chip is used).
 */
export function RouteChipFace({ route, duplicate = false }: { route: Pick<Route, 'number' | 'name' | 'color'>; duplicate?: boolean }) {
  return (
    <>
      <span className="route-num" aria-hidden="true">
        {route.number}
      </span>{' '}
      {/* The space: the chip's text reads "4 Face-to-face", as its name says (the ring is drawn apart by the gap). */}
      {duplicate && (
        <span className="route-dup" aria-hidden="true">
          ⚠
        </span>
      )}
      <span className="route-name">
        <Name text={route.name} />
      </span>
    </>
  );
}

/** The chip's colours on screen: the route's colour, lightened or darkened until its label reads at 7:1. */
export function chipStyle(route: Pick<Route, 'color'>): CSSProperties {
  const c = readableChip(route.color);
  return { '--chip-bg': c.background, '--chip-fg': c.color } as CSSProperties;
}

/** The floating chip under the pointer while dragging. */
export function RouteChipOverlay({ route, copy, copyLabel }: { route: Route; copy: boolean; copyLabel: string }) {
  return (
    <span className="route-chip is-overlay" style={chipStyle(route)}>
      <RouteChipFace route={route} />
      {copy && <span className="chip-copy-mark">+ {copyLabel}</span>}
    </span>
  );
}

/** Where a moving route will land: a dashed outline of the chip (or a refusal, with its reason). */
export function RouteGhost({ route, refused, text }: { route: Route; refused: boolean; text: string }) {
  return (
    <span className={`route-ghost${refused ? ' is-refused' : ''}`} style={chipStyle(route)} aria-hidden="true">
      <span className="route-num">{route.number}</span>
      <span className="route-name">{text}</span>
    </span>
  );
}
