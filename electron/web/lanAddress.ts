import type { NetworkInterfaceInfo } from 'node:os';

const PRIVATE = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./];

/**
 * The address participants' devices reach this laptop at on the room's Wi-Fi: an IPv4 address
 * that is not loopback, a private one (10/8, 172.16/12, 192.168/16) first. Null when the laptop
 * is on no network: sharing then says so instead of listening somewhere nobody can reach.
 */
export function lanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string | null {
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
    .map((i) => i.address);
  return candidates.find((a) => PRIVATE.some((p) => p.test(a))) ?? candidates[0] ?? null;
}
