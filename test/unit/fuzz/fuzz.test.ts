import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiInputs } from '../../../shared/api';
import { API_METHODS } from '../../../shared/apiMethods';
import { COMMAND_TYPES, commandSchema } from '../../../shared/commands';
import { FILE_READERS } from './fileReaders';
import { startFuzzLibrary, type FuzzLibrary } from './harness';
import { check, nastyValue, runs, shapedLike } from './values';

/**
 * Issue 13, fuzz: every API method (API_METHODS, so methods added later are covered) and every
 * command type (COMMAND_TYPES) with hostile arguments, and every file reader (FILE_READERS) with
 * random, cut-off and damaged files. No crash, an error envelope with a code
 * for every refusal, and the library byte for byte as it was after each one.
 */
let lib: FuzzLibrary;
beforeAll(async () => {
  lib = await startFuzzLibrary();
});
afterAll(() => {
  console.log(`[fuzz] ${lib.cases.total} cases, ${lib.cases.refused} refused`);
  lib.close();
});

/**
 * Each property runs hundreds of cases; on a machine busy with the rest of `npm test` one can take
 * far longer than the default 20 s, which says nothing about the code.
 */
const PROPERTY_TIMEOUT = 180_000;

/** Names that are not methods, including ones every object has. */
const NOT_METHODS = ['noSuchMethod', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'listWorkshops ', 'LISTWORKSHOPS'];

describe('every API method', () => {
  it.each([...API_METHODS])('%s', async (method) => {
    const ids = await lib.ids();
    const args = fc.oneof({ weight: 3, arbitrary: shapedLike(apiInputs[method], ids) }, nastyValue);
    await check(
      fc.asyncProperty(args, async (a) => {
        await lib.call(method, a);
      }),
      runs(250),
    );
  }, PROPERTY_TIMEOUT);

  it('names that are not methods', async () => {
    await check(
      fc.asyncProperty(fc.constantFrom(...NOT_METHODS), nastyValue, async (method, a) => {
        expect((await lib.call(method, a)).ok).toBe(false);
      }),
      runs(200),
    );
  }, PROPERTY_TIMEOUT);
});

describe('every command type', () => {
  it.each([...COMMAND_TYPES])('%s', async (type) => {
    const ids = await lib.ids();
    const workshopId = await lib.workshopId();
    const command = fc.oneof({ weight: 4, arbitrary: shapedLike(commandSchema(type)!, ids) }, nastyValue);
    await check(
      fc.asyncProperty(command, fc.oneof({ weight: 6, arbitrary: fc.constant(workshopId) }, fc.constantFrom('no-such-workshop', '', '__proto__')), async (c, w) => {
        await lib.call('dispatch', { workshopId: w, command: c });
      }),
      runs(120),
    );
  }, PROPERTY_TIMEOUT);
});

/** A well-formed file cut short, with bytes overwritten, with random bytes spliced in, or none of it. */
function damaged(seeds: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const seed = fc.constantFrom(...seeds);
  return fc.oneof(
    fc.uint8Array({ maxLength: 4000 }),
    seed.chain((s) => fc.nat({ max: s.length }).map((n) => s.subarray(0, n))),
    seed.chain((s) =>
      fc.array(fc.tuple(fc.nat({ max: Math.max(0, s.length - 1) }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }).map((edits) => {
        const out = Uint8Array.from(s);
        for (const [at, byte] of edits) out[at] = byte;
        return out;
      }),
    ),
    seed.chain((s) =>
      fc.tuple(fc.nat({ max: s.length }), fc.uint8Array({ minLength: 1, maxLength: 200 })).map(([at, junk]) => Uint8Array.from([...s.subarray(0, at), ...junk, ...s.subarray(at)])),
    ),
    seed,
  );
}

describe('every file reader', () => {
  it.each(FILE_READERS.map((r) => [r.name, r] as const))('%s', async (_name, reader) => {
    const seeds = await reader.seeds();
    await check(
      fc.asyncProperty(damaged(seeds), fc.constantFrom(...reader.fileNames), async (bytes, fileName) => {
        await lib.call(reader.method, reader.args(bytes, fileName));
      }),
      runs(reader.runs),
    );
  }, PROPERTY_TIMEOUT);
});

describe('the whole run', () => {
  it('ran at least 10,000 cases', () => {
    expect(lib.cases.total).toBeGreaterThanOrEqual(runs(10_000));
  });
});
