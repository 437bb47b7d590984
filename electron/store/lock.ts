import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { sqlite, type OpenOptions } from './files';

/** How long a second program waits for the library before saying it is in use. */
export const LOCK_WAIT_MS = 500;

export function isBusy(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

export function libraryInUse(file: string): AppError {
  return new AppError(
    'library_in_use',
    `The library ${file} is open in another Salesmap (the desktop app or npm run web). Close it there first: two programs writing one library would lose each other's changes.`,
    { file },
  );
}

/**
 * Refuses when another program holds the file (its exclusive lock makes even a read busy). Any
 * other failure means no Salesmap could have it open either: a damaged or missing file.
 */
export function refuseIfHeldElsewhere(file: string, options: OpenOptions = {}): void {
  let db: Database | undefined;
  try {
    db = sqlite(file, { readonly: true, fileMustExist: true, timeout: LOCK_WAIT_MS, ...options });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    if (isBusy(e)) throw libraryInUse(file);
  } finally {
    db?.close();
  }
}
