/**
 * A name for the copy of a plan: "Plan A" → "Plan B", "方案 A" → "方案 B" (the way consultants
 * label alternatives); anything else gets the language's copy suffix, numbered until unique.
 */
export function nameForCopy(source: string, taken: readonly string[], copyName: (name: string) => string): string {
  const used = new Set(taken);
  const lettered = /^(.*?)([A-Y])$/.exec(source);
  if (lettered) {
    for (let c = lettered[2]!.charCodeAt(0) + 1; c <= 'Z'.charCodeAt(0); c++) {
      const candidate = `${lettered[1]}${String.fromCharCode(c)}`;
      if (!used.has(candidate)) return candidate;
    }
  }
  const base = copyName(source);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base} ${i}`)) return `${base} ${i}`;
}
