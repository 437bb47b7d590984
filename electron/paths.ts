import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Salesmap';

/**
 * Where the library lives when nothing says otherwise: the same folder Electron's
 * app.getPath('userData') gives for our product name, so desktop and browser host agree.
 */
export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (env.SALESMAP_DATA_DIR) return path.resolve(env.SALESMAP_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}
