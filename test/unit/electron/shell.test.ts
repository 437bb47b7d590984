import { describe, expect, it } from 'vitest';
import { electronNativeBinding, NATIVE_DIR, NATIVE_FILE } from '../../../electron/nativeBinding';
import { externalUrlAllowed, isAppUrl } from '../../../electron/shellPolicy';
import * as tool from '../../../electron/tools/nativeModule.mjs';

describe('Electron shell policy', () => {
  it('opens only allow-listed https links outside the app', () => {
    expect(externalUrlAllowed('https://github.com/salesmap')).toBe(true);
    expect(externalUrlAllowed('http://github.com/')).toBe(false);
    expect(externalUrlAllowed('https://github.com.evil.example/')).toBe(false);
    expect(externalUrlAllowed('https://user:pw@github.com/')).toBe(false);
    expect(externalUrlAllowed('file:///etc/passwd')).toBe(false);
    expect(externalUrlAllowed('javascript:alert(1)')).toBe(false);
  });

  it('treats only app://salesmap as the app', () => {
    expect(isAppUrl('app://salesmap/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('https://salesmap/')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });

  it('the launcher builds the Electron native module where the app looks for it', () => {
    expect(tool.NATIVE_DIR).toBe(NATIVE_DIR);
    expect(tool.NATIVE_FILE).toBe(NATIVE_FILE);
    expect(electronNativeBinding(false, '/app', '/res')).toBe(`/app/${NATIVE_DIR}/${NATIVE_FILE}`);
    expect(electronNativeBinding(true, '/app', '/res')).toBe(`/res/native/${NATIVE_FILE}`);
  });
});
