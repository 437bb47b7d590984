import iconv from 'iconv-lite';

/**
 * Turns the bytes of a text export into a string the way Excel wrote it:
 * - UTF-8 with a BOM ("CSV UTF-8" in Excel) or without one (Numbers, Google Sheets, scripts);
 * - UTF-16 with a BOM ("Unicode text" in Excel), or without one when every other byte is zero;
 * - GB18030/GBK: plain "CSV" from Excel or WPS on a Chinese Windows (code page 936);
 * - Windows-1252: plain "CSV" from a Western Windows ("Müller GmbH"), which is not valid GBK.
 * Detection reads the bytes, never the file name: a GBK file called 客户名单.csv is common.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not clean UTF-8. A UTF-8 file with a damaged byte or two (a cut-off last character) is still
    // UTF-8; GBK text read as UTF-8 fails on nearly every Chinese character.
  }
  const lenient = new TextDecoder('utf-8').decode(bytes);
  if (mostlyValidUtf8(lenient)) return { text: lenient, encoding: 'utf-8' };
  if (looksLikeGbk(bytes)) return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
}

/** UTF-16 without a BOM: ASCII characters leave a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function mostlyValidUtf8(text: string): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) good++;
  }
  return good > 0 && bad <= Math.max(2, good * 0.01);
}

/**
 * Whether the non-ASCII bytes read as Chinese GBK/GB18030. Simplified Chinese text is nearly all in
 * the GB2312 block, where both bytes of a character are 0xA1–0xFE. Windows-1252 text ("Müller",
 * "Société") has single high bytes followed by ASCII letters: those pair up as valid but rare GBK
 * characters (trail byte below 0x80), so most of its pairs fall outside that block.
 */
export function looksLikeGbk(bytes: Uint8Array): boolean {
  let common = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const b2 = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && b2 !== undefined) {
      if (b2 >= 0xa1 && b2 <= 0xfe) {
        common++;
        i += 1;
        continue;
      }
      const b3 = bytes[i + 2];
      const b4 = bytes[i + 3];
      // GB18030's four-byte form (rare characters such as 𠀀): lead, 0x30–0x39, 0x81–0xFE, 0x30–0x39.
      if (b2 >= 0x30 && b2 <= 0x39 && b3 !== undefined && b3 >= 0x81 && b3 <= 0xfe && b4 !== undefined && b4 >= 0x30 && b4 <= 0x39) {
        common++;
        i += 3;
        continue;
      }
      if (b2 >= 0x40 && b2 !== 0x7f) {
        other++;
        i += 1;
        continue;
      }
    }
    other += 2; // not GBK at all
  }
  return common > 0 && common >= other;
}
