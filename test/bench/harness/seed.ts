import fs from 'node:fs';
import path from 'node:path';
import type { ApiMethod, ApiOutputs } from '../../../shared/api';
import { createService, type Service } from '../../../electron/service/service';
import { LIBRARY_FILE } from '../../../electron/store';
import { generateAccounts, mulberry32 } from '../generate';
import { segmentFor, toAccountValues } from './sortRule';

export { segmentFor, toAccountValues };

/** The real service on a library folder, with a call that fails loudly (a benchmark of an error is no benchmark). */
export async function openService(dataDir: string): Promise<{ service: Service; ok: ServiceCall }> {
  const service = await createService({ dataDir, host: 'web', appVersion: 'bench' });
  return { service, ok: okCaller(service) };
}

export type ServiceCall = <M extends ApiMethod>(method: M, args: unknown) => Promise<ApiOutputs[M]>;

export function okCaller(service: Service): ServiceCall {
  return async (method, args) => {
    const r = await service.call(method, args);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
    return r.value as never;
  };
}

export interface SeededAccount {
  id: string;
  name: string;
  segmentId: string | null;
}

export interface SeededLibrary {
  /** Folder holding salesmap.db (the service is closed: the file is complete on its own). */
  dir: string;
  workshopId: string;
  /** Segment ids in board order (the template's six tiers). */
  segmentIds: string[];
  accounts: SeededAccount[];
}

/**
 * A library with one workshop from the zh-CN template holding `size` generated accounts spread
 * over its segments, written through the real service (import, then one move per segment).
 */
export async function seedLibrary(dir: string, size: number, seed = 42): Promise<SeededLibrary> {
  fs.mkdirSync(dir, { recursive: true });
  const { service, ok } = await openService(dir);
  try {
    const workshop = await ok('createWorkshop', {
      name: `Benchmark · ${size} accounts`,
      client: '海格物流',
      language: 'zh-CN',
      templateId: 'sales-transformation',
    });
    const rows = generateAccounts(size, seed).map(toAccountValues);
    await ok('dispatch', { workshopId: workshop.id, command: { type: 'account.import', accounts: rows } });
    const snapshot = await ok('openWorkshop', { workshopId: workshop.id });
    const segmentIds = snapshot.records
      .filter((r) => r.type === 'segment')
      .sort((a, b) => (a.order < b.order ? -1 : 1))
      .map((s) => s.id);
    const rnd = mulberry32(seed + 1);
    const imported = snapshot.records.filter((r) => r.type === 'account');
    const moves: { accountId: string; segmentId: string }[] = [];
    const accounts: SeededAccount[] = imported.map((a) => {
      const segmentId = segmentFor(a, rnd);
      if (segmentId) moves.push({ accountId: a.id, segmentId });
      return { id: a.id, name: a.name, segmentId };
    });
    if (moves.length) {
      await ok('dispatch', { workshopId: workshop.id, command: { type: 'segment.acceptSuggestions', moves } });
    }
    return { dir, workshopId: workshop.id, segmentIds, accounts };
  } finally {
    // Closing checkpoints the WAL into salesmap.db, so copying that one file copies the library.
    service.close();
  }
}

/** Copies a seeded library's database (not its backups) into a fresh folder. */
export function copyLibrary(from: SeededLibrary, toDir: string): SeededLibrary {
  fs.mkdirSync(toDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    const file = path.join(from.dir, LIBRARY_FILE + suffix);
    const copy = path.join(toDir, LIBRARY_FILE + suffix);
    // A WAL left by an earlier run in the same folder would be replayed onto this copy: remove it.
    if (fs.existsSync(file)) fs.copyFileSync(file, copy);
    else fs.rmSync(copy, { force: true });
  }
  return { ...from, dir: toDir };
}

const pristine = new Map<string, Promise<SeededLibrary>>();
let copies = 0;

/**
 * A fresh copy of a seeded library with `size` accounts. Each size is seeded once per benchmark
 * run (under tmpDir) and copied for every use, so no suite sees another suite's changes.
 */
export async function seededLibrary(tmpDir: string, size: number): Promise<SeededLibrary> {
  const key = `${tmpDir}:${size}`;
  let seeded = pristine.get(key);
  if (!seeded) {
    seeded = seedLibrary(path.join(tmpDir, `seed-${size}`), size);
    pristine.set(key, seeded);
  }
  return copyLibrary(await seeded, path.join(tmpDir, `library-${size}-${++copies}`));
}
