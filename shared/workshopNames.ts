/** Longest workshop name (nameSchema). */
const MAX_NAME = 200;

/**
 * A name no workshop in the library has yet: the name itself when free, else "<name> (2)",
 * "(3)"… as a file manager names a second copy (Windows Explorer does the same in Chinese:
 * "新建文件夹 (2)"). A name that already ends in " (n)" counts on from it ("X (2)" → "X (3)"),
 * never "X (2) (2)". The result stays within the 200 characters a name may have.
 */
export function unusedWorkshopName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.normalize('NFC')));
  const wanted = name.normalize('NFC');
  if (!used.has(wanted)) return wanted;
  const numbered = /^(.*\S) \((\d{1,6})\)$/.exec(wanted);
  const base = numbered ? numbered[1]! : wanted;
  for (let n = numbered ? Number(numbered[2]) + 1 : 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cutTo(base, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The longest start of `text` within `units` UTF-16 units, never half a surrogate pair. */
function cutTo(text: string, units: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > units) break;
    out += ch;
  }
  return out;
}
