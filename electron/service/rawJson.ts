const encoder = new TextEncoder();

/**
 * The UTF-8 JSON of `object` with one more member, `key`, whose value is JSON already made
 * (`raw`, e.g. the records SQLite joined from their rows): what JSON.stringify({...object, [key]:
 * JSON.parse(raw)}) gives, without parsing `raw`. Written into a fresh array of its own (never
 * Node's shared Buffer pool), since the bytes are handed to another process whole.
 */
export function jsonWithRaw(object: Record<string, unknown>, key: string, raw: Uint8Array): Uint8Array {
  const head = JSON.stringify(object);
  if (!head.startsWith('{') || !head.endsWith('}')) throw new Error('jsonWithRaw needs a plain object');
  const before = encoder.encode(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}${JSON.stringify(key)}:`);
  const out = new Uint8Array(before.length + raw.length + 1);
  out.set(before, 0);
  out.set(raw, before.length);
  out[out.length - 1] = 0x7d; // }
  return out;
}
