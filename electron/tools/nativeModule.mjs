import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 for Electron, kept apart from the Node build that tests and the browser host use
 * (both cannot live in node_modules at once: they differ in ABI). `npm start` builds it once per
 * Electron version into out/native/electron/, and electron/main.ts loads it via `nativeBinding`.
 */
export const NATIVE_DIR = path.join('out', 'native', 'electron');
export const NATIVE_FILE = 'better_sqlite3.node';
const STAMP = 'electron-version.txt';

export function nativeIsCurrent(root, version) {
  const dir = path.join(root, NATIVE_DIR);
  const stamp = path.join(dir, STAMP);
  return fs.existsSync(path.join(dir, NATIVE_FILE)) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === version;
}

export async function buildNativeForElectron(root, version) {
  const { rebuild } = await import('@electron/rebuild');
  const work = path.join(root, 'out', 'native', 'electron-build');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'node_modules'), { recursive: true });
  // A private copy of the package (without its Node build) to rebuild against Electron's headers.
  for (const pkg of ['better-sqlite3', 'bindings', 'file-uri-to-path']) {
    const from = path.join(root, 'node_modules', pkg);
    if (fs.existsSync(from)) {
      fs.cpSync(from, path.join(work, 'node_modules', pkg), {
        recursive: true,
        filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
      });
    }
  }
  fs.writeFileSync(
    path.join(work, 'package.json'),
    JSON.stringify({ name: 'salesmap-native', version: '0.0.0', dependencies: { 'better-sqlite3': '*' } }),
  );
  await rebuild({ buildPath: work, electronVersion: version, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
  const built = path.join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', NATIVE_FILE);
  if (!fs.existsSync(built)) throw new Error(`@electron/rebuild produced no ${NATIVE_FILE}`);
  const dir = path.join(root, NATIVE_DIR);
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(built, path.join(dir, NATIVE_FILE));
  fs.writeFileSync(path.join(dir, STAMP), version);
}
