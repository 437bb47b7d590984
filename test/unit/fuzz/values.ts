import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Values a hostile or broken caller sends: wrong types, huge strings, deep nesting, unknown ids,
 * keys that reach an object's prototype. Shared by the API, command and file properties.
 */
const HUGE = 'x'.repeat(1_000_000);
const HUGE_CJK = '中'.repeat(300_000);

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

/** An own property named `key` (a literal `{__proto__: …}` would set the prototype instead). */
export function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

export const protoKey = fc.constantFrom(...PROTO_KEYS);

const pollution = fc.constantFrom(...PROTO_KEYS).map((key) => withOwnKey({}, key, { polluted: true, type: 'agenda.add' }));

export const nastyString = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '\uFEFF', '\u202E', '../..', '..', '.', '/etc/passwd', 'C:\\Windows', '%00', 'null', 'undefined', 'NaN', '💥', '中文名', '<script>alert(1)</script>', "'; DROP TABLE workshops; --", 'no-such-id', '00000000-0000-0000-0000-000000000000'),
  fc.constant(HUGE),
  fc.constant(HUGE_CJK),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

export const nastyNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 0.5, -1e-9, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.integer(),
  fc.double(),
);

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyNumber },
  fc.constantFrom(null, undefined, true, false, [], {}),
  fc.constantFrom(100, 5000).chain((depth) => fc.boolean().map((asArray) => nested(depth, 'deep', asArray))),
  pollution,
  fc.array(fc.oneof(nastyString, nastyNumber), { maxLength: 5 }),
  fc.constant(Array.from({ length: 20_000 }, (_, i) => `id-${i}`)),
  fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true }),
);

/** Extra keys on an object: unknown names and prototype names. */
export const extraKeys = fc.dictionary(fc.oneof(protoKey, fc.string({ maxLength: 8 })), nastyValue, { maxKeys: 3 });

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Values shaped like `schema` wants (so they reach the checks behind the first one), with any
 * part swapped for a nasty value now and then. `ids` are real record ids, so some commands find
 * what they name and get as far as the change itself.
 */
export function shapedLike(schema: z.ZodType, ids: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: unknown) => shapedLike(s as z.ZodType, ids, depth + 1);
  const id = ids.length ? fc.oneof(fc.constantFrom(...ids), nastyString) : nastyString;
  let shaped: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'string':
      shaped = fc.oneof(id, fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('09:00', '#1f77b4', 'a0', 'relationship'));
      break;
    case 'number':
      shaped = fc.oneof(fc.integer({ min: -2, max: 200 }), nastyNumber);
      break;
    case 'boolean':
      shaped = fc.boolean();
      break;
    case 'literal':
      shaped = fc.constantFrom(...(def.values as unknown[]));
      break;
    case 'enum':
      shaped = fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      shaped = fc.oneof(inner(def.innerType), fc.constantFrom(undefined, null));
      break;
    case 'pipe':
      shaped = inner(def.in);
      break;
    case 'union':
      shaped = fc.oneof(...(def.options as z.ZodType[]).map(inner));
      break;
    case 'array':
      shaped = depth > 4 ? fc.constant([]) : fc.array(inner(def.element), { maxLength: 4 });
      break;
    case 'record':
      shaped = depth > 4 ? fc.constant({}) : fc.dictionary(fc.string({ maxLength: 6 }), inner(def.valueType), { maxKeys: 3 });
      break;
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      if (depth > 4) {
        shaped = fc.constant({});
        break;
      }
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, inner(s)]));
      shaped = fc
        .record(fields, { requiredKeys: Object.keys(shape).filter((k) => defOf(shape[k]!).type !== 'optional') })
        .chain((o) => fc.oneof({ weight: 4, arbitrary: fc.constant(o) }, extraKeys.map((extra) => mergeOwn(o, extra))));
      break;
    }
    default:
      shaped = nastyValue;
  }
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: nastyValue });
}

function mergeOwn(o: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out = { ...o };
  for (const [k, v] of Object.entries(extra)) withOwnKey(out, k, v);
  return out;
}

/** How many cases a property runs: SALESMAP_FUZZ_SCALE multiplies them (npm run test:fuzz). */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * Number(process.env.SALESMAP_FUZZ_SCALE ?? 1)));
}

/**
 * fc.assert with a failure report cut to a readable length: a counterexample can hold a
 * million-character string or 20,000 ids.
 */
export async function check<T>(property: fc.IAsyncPropertyWithHooks<T>, numRuns: number): Promise<void> {
  await fc.assert(property, {
    numRuns,
    reporter: (out) => {
      if (!out.failed) return;
      const text = fc.defaultReportMessage(out) ?? 'property failed';
      const cause = out.errorInstance instanceof Error ? `\n${out.errorInstance.message}` : '';
      throw new Error((text.length > 3000 ? `${text.slice(0, 3000)}…` : text) + cause);
    },
  });
}
