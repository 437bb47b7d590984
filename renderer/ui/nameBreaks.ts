/**
 * Where a short name on a header, chip or tag may wrap: after its own separators ("/", "·", "、",
 * a comma, a colon after a label ("负责人：…"), a dash) and before a bracketed note ("区域销售代表（面对面）"), never between two of its
 * characters. Chinese may break between any two characters, so "专属客户主管/总监" in a narrow
 * header otherwise reads "专属客户主" / "管/总监"; the name's parts keep their words whole.
 * Spaces are break opportunities already. Pure: the parts, joined, are the name.
 */
const AFTER = new Set(['/', '／', '·', '・', '、', '，', ',', '：', ':', '-', '–', '—', '|', '｜', '&', '+']);
const BEFORE = new Set(['(', '（', '[', '【', '「', '《', '〈']);

export function nameParts(name: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of name) {
    if (BEFORE.has(ch) && part.trim() && !/\s$/.test(part)) {
      parts.push(part);
      part = '';
    }
    part += ch;
    if (AFTER.has(ch)) {
      parts.push(part);
      part = '';
    }
  }
  if (part) parts.push(part);
  return parts;
}
