/**
 * A number as a consultant types it into a field: "1,240", "1 240", "１２４０" (full width), or
 * nothing at all (= unknown). Anything else is refused with a message rather than guessed.
 */
export type Parsed = { ok: true; value: number | null } | { ok: false };

export function parseNumber(text: string, opts: { integer?: boolean; max?: number } = {}): Parsed {
  const cleaned = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (cleaned === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return { ok: false };
  const value = Number(cleaned);
  if (!Number.isFinite(value) || value < 0) return { ok: false };
  if (opts.integer && !Number.isInteger(value)) return { ok: false };
  if (opts.max !== undefined && value > opts.max) return { ok: false };
  return { ok: true, value };
}

/** The text a field shows for a stored number (empty for unknown). */
export const numberText = (value: number | null): string => (value === null ? '' : String(value));
