import fs from 'node:fs';
import path from 'node:path';
import { createService, type Service } from '../../electron/service/service';

/** Share to the room listens here in tests: a loopback address like a LAN one, never a real network. */
export const SHARE_ADDRESS = '127.0.0.2';

/**
 * A real service that can share to the room: its library in `dir`/data and a stand-in built
 * renderer in `dir`/static (sharing refuses to start without one).
 */
export async function roomService(dir: string): Promise<{ service: Service; staticDir: string }> {
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Salesmap</title>');
  const service = await createService({ dataDir: path.join(dir, 'data'), host: 'web', appVersion: 'test', rendererDir: staticDir, shareAddress: SHARE_ADDRESS });
  return { service, staticDir };
}
