import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/store';
import { tempStore } from '../../helpers/tempStore';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const store = (): Store => tempStore(cleanups);

const info = (id: string) => ({ id, name: id, client: '', language: 'en' as const, templateId: null, version: 0, createdAt: 'now', updatedAt: 'now' });

// The change path's one transaction, run many times through the one transaction function the
// store makes: each run is all or nothing, and a run inside a run is a savepoint of it.
describe('store.transaction', () => {
  it('keeps every write of a run that returns, and hands back its value', () => {
    const s = store();
    expect(s.transaction(() => (s.workshops.insert(info('a')), s.workshops.bumpVersion('a', 'then')))).toBe(1);
    expect(s.transaction(() => s.workshops.bumpVersion('a', 'later'))).toBe(2);
    expect(s.workshops.get('a')?.version).toBe(2);
    expect(s.db.inTransaction).toBe(false);
  });

  it('writes nothing of a run that throws, and the next run starts clean', () => {
    const s = store();
    s.transaction(() => s.workshops.insert(info('a')));
    expect(() =>
      s.transaction(() => {
        s.workshops.bumpVersion('a', 'then');
        s.workshops.insert(info('b'));
        throw new Error('refused halfway');
      }),
    ).toThrow('refused halfway');
    expect(s.workshops.get('a')?.version).toBe(0);
    expect(s.workshops.get('b')).toBeUndefined();
    expect(s.db.inTransaction).toBe(false);
    expect(s.transaction(() => s.workshops.bumpVersion('a', 'later'))).toBe(1);
  });

  it('undoes only the inner run that throws when runs nest', () => {
    const s = store();
    s.transaction(() => {
      s.workshops.insert(info('a'));
      expect(() =>
        s.transaction(() => {
          s.workshops.insert(info('b'));
          throw new Error('inner');
        }),
      ).toThrow('inner');
      s.workshops.insert(info('c'));
    });
    expect(s.workshops.list().map((w) => w.id).sort()).toEqual(['a', 'c']);
  });
});
