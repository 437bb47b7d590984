import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes the whole file or nothing: the bytes go to a temporary file in the target's own folder
 * (the same disk, so the rename is atomic), are flushed to disk, and only then renamed over the
 * target. If anything fails — a full disk, a folder without write access — the temporary file is
 * removed and the target is left as it was: never a half-written deck the client cannot open.
 * The temporary name is short and fixed in form, so a long Chinese file name (3 bytes a
 * character in UTF-8) cannot push it past the file system's name limit.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.salesmap-${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}
