import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The page may load only its own scripts, styles and data; no remote content, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The names a listener answers to: our loopback names, or exactly the LAN address it is bound to. */
function hostNames(address: string): string[] {
  return address === '127.0.0.1' ? ['127.0.0.1', 'localhost', '[::1]'] : [address];
}

/**
 * DNS rebinding defence: a page on evil.example that rebinds its name to 127.0.0.1 still sends
 * its own Host header, so only our loopback names (or the room listener's own address) with our
 * port are served.
 */
export function hostAllowed(req: IncomingMessage, port: number, address = '127.0.0.1'): boolean {
  const host = req.headers.host;
  return hostNames(address).some((name) => host === `${name}:${port}`);
}

/** A browser sends Origin on cross-site requests; ours must be our own origin or absent. */
export function originAllowed(req: IncomingMessage, port: number, address = '127.0.0.1'): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return hostNames(address).some((name) => origin === `http://${name}:${port}`);
}

export function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
