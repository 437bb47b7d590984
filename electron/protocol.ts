import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { mimeOf, resolveStatic } from './staticFiles';
import { CONTENT_SECURITY_POLICY } from './web/security';
import { APP_HOST, APP_SCHEME } from './channels';

/** Must run before app 'ready': app:// is a standard, secure scheme (never file://). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from app://salesmap/, with the same CSP as the browser host. Files
 * are read directly (not through net.fetch(file://…)), so the session's rule that cancels every
 * non-app:// request can never blank the window.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = resolveStatic(rendererDir, url.pathname);
    if (!file) return new Response('Bad request', { status: 400 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': mimeOf(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
