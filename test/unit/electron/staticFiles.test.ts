import { describe, expect, it } from 'vitest';
import { mimeOf, resolveStatic } from '../../../electron/staticFiles';

describe('static file resolution (browser host and app://)', () => {
  it('maps app routes to index.html and assets to their files', () => {
    expect(resolveStatic('/r', '/')).toBe('/r/index.html');
    expect(resolveStatic('/r', '/w/123/segments')).toBe('/r/index.html');
    expect(resolveStatic('/r', '/assets/index-abc.js')).toBe('/r/assets/index-abc.js');
    expect(mimeOf('/r/assets/a.css')).toBe('text/css; charset=utf-8');
  });

  it('refuses anything outside the folder and malformed escapes', () => {
    expect(resolveStatic('/r', '/../etc/passwd.txt')).toBeNull();
    expect(resolveStatic('/r', '/..%2f..%2fetc/passwd.txt')).toBeNull();
    expect(resolveStatic('/r', '/%')).toBeNull();
    expect(resolveStatic('/r', '/a%00.js')).toBeNull();
  });
});
