/**
 * The projector view's address: `#/present/<workshopId>` on a host's origin, opened with a
 * read-only token. Shared by the renderer's router and the service (the room's URL and its QR
 * code), so both always agree on the one place a viewer lands.
 */
export const PRESENT_ROUTE = '#/present/';

export function projectorHash(workshopId: string): string {
  return `${PRESENT_ROUTE}${encodeURIComponent(workshopId)}`;
}

/** `ballot=1` tells a phone it may show the ballot; the room's listener decides whether it may cast one. */
export function projectorUrl(origin: string, token: string, workshopId: string, opts: { ballot?: boolean } = {}): string {
  return `${origin}/?token=${encodeURIComponent(token)}${opts.ballot ? '&ballot=1' : ''}${projectorHash(workshopId)}`;
}
