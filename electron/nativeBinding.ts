import path from 'node:path';

/**
 * Where better-sqlite3's Electron build lives. Node (tests, browser host) and Electron need
 * different builds (different ABI), so the Electron one is made apart from node_modules by
 * electron/tools/nativeModule.mjs (keep NATIVE_DIR / NATIVE_FILE equal to its constants; a unit
 * test checks) and loaded through better-sqlite3's `nativeBinding` option:
 *   dev (`npm start`):  <app>/out/native/electron/better_sqlite3.node
 *   packaged app:       <resources>/native/better_sqlite3.node (electron-builder extraResources)
 */
export const NATIVE_DIR = path.join('out', 'native', 'electron');
export const NATIVE_FILE = 'better_sqlite3.node';

export function electronNativeBinding(isPackaged: boolean, appPath: string, resourcesPath: string): string {
  return isPackaged ? path.join(resourcesPath, 'native', NATIVE_FILE) : path.join(appPath, NATIVE_DIR, NATIVE_FILE);
}
