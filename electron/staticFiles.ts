import path from 'node:path';

/** Content types of the files the renderer build contains. */
export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The file under `root` that a URL path names, or null for anything that is not plainly inside
 * it (`..`, encoded separators, malformed escapes). Paths without an extension are the app's own
 * routes and get index.html. Shared by the browser host and Electron's app:// handler.
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  if (rel === '/' || !path.extname(rel)) rel = '/index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, '.' + rel);
  return file.startsWith(base + path.sep) ? file : null;
}

export function mimeOf(file: string): string {
  return MIME[path.extname(file)] ?? 'application/octet-stream';
}
