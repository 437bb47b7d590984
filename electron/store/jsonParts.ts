const encoder = new TextEncoder();

/**
 * JSON assembled from pieces: text, and UTF-8 bytes made elsewhere (the records SQLite joined
 * from their rows). The pieces are joined into bytes once, at the end: a workshop of 50,000
 * accounts is ~15 MB, and each intermediate copy of it (with its fresh, zeroed allocation) cost
 * several milliseconds of the snapshot's time.
 */
export class JsonParts {
  constructor(readonly parts: readonly (string | Uint8Array)[]) {}

  /** The UTF-8 JSON, in a fresh array of its own (never Node's shared Buffer pool): it is handed to another process whole. */
  bytes(): Uint8Array {
    const chunks = this.parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/**
 * The JSON of `object` with one more member, `key`, whose value is JSON already made (`raw`):
 * what JSON.stringify({...object, [key]: JSON.parse(raw)}) gives, without parsing `raw`.
 */
export function jsonWithRaw(object: Record<string, unknown>, key: string, raw: Uint8Array | JsonParts): JsonParts {
  const head = JSON.stringify(object);
  if (!head.startsWith('{') || !head.endsWith('}')) throw new Error('jsonWithRaw needs a plain object');
  const before = `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}${JSON.stringify(key)}:`;
  return new JsonParts([before, ...(raw instanceof JsonParts ? raw.parts : [raw]), '}']);
}
