import { ROLE_KINDS, type RoleKind, type SalesRole } from '../records';

/**
 * What each part of a role mix is called: the name of the workshop's role record of that kind
 * (the cadence board's roles, issue 12), so the room's "Account manager" for the farmer reads the
 * same on the coverage board, its exports and the opportunity owners. A workshop without a role
 * of a kind (a blank one, one from before the roles) names it with `fallback` (the app's words).
 */
export function roleNames(roles: readonly SalesRole[], fallback: (kind: RoleKind) => string): Record<RoleKind, string> {
  const out = {} as Record<RoleKind, string>;
  for (const kind of ROLE_KINDS) out[kind] = roles.find((r) => r.kind === kind)?.name ?? fallback(kind);
  return out;
}
