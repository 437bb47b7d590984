import { mulberry32 } from '../generate';
import type { SeededLibrary } from './seed';

/**
 * Random cross-column card moves (`account.move`), seeded: every run of the benchmark sends the
 * same commands. It is what every drag on the segments board sends.
 */
export function moveGenerator(lib: SeededLibrary, seed: number) {
  const rnd = mulberry32(seed);
  const columns: (string | null)[] = [null, ...lib.segmentIds];
  const where = new Map(lib.accounts.map((a) => [a.id, a.segmentId]));
  const count = new Map<string | null, number>(columns.map((c) => [c, 0]));
  for (const a of lib.accounts) count.set(a.segmentId, count.get(a.segmentId)! + 1);
  return () => {
    const account = lib.accounts[Math.floor(rnd() * lib.accounts.length)]!;
    const from = where.get(account.id)!;
    // Always another column, as in a drag across columns: the diff is never empty.
    const targets = columns.filter((c) => c !== from);
    const to = targets[Math.floor(rnd() * targets.length)]!;
    const index = Math.floor(rnd() * (count.get(to)! + 1));
    where.set(account.id, to);
    count.set(from, count.get(from)! - 1);
    count.set(to, count.get(to)! + 1);
    return { type: 'account.move', ids: [account.id], segmentId: to, index };
  };
}
