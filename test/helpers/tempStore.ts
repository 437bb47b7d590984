import { createStore, openLibrary, type Store } from '../../electron/store';
import { makeTempDir } from './tempDir';

/** A store on a fresh library file in a temp folder; `cleanups` gets what closes and removes it. */
export function tempStore(cleanups: (() => void)[]): Store {
  const temp = makeTempDir();
  const { db } = openLibrary(temp.dir);
  cleanups.push(() => {
    db.close();
    temp.cleanup();
  });
  return createStore(db);
}
