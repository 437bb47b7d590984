import iconv from 'iconv-lite';
import type { TextEncoding } from '../../shared/api';

/**
 * Turns the bytes of a text export into a string the way Excel wrote it:
 * - UTF-8 with a BOM ("CSV UTF-8" in Excel) or without one (Numbers, Google Sheets, scripts);
 * - UTF-16 with a BOM ("Unicode text" in Excel), or without one when every other byte is zero;
 * - GB18030/GBK: plain "CSV" from Excel or WPS on a Chinese Windows (code page 936);
 * - Big5: plain "CSV" from Excel on a Traditional Chinese Windows (Taiwan, Hong Kong; code page 950);
 * - Windows-1252: plain "CSV" from a Western Windows ("Müller GmbH"), which is not valid GBK.
 * Detection reads the bytes, never the file name: a GBK file called 客户名单.csv is common.
 * `forced`: the encoding the user chose when the detected one showed garbled text.
 */
export type { TextEncoding };

export function decodeText(bytes: Uint8Array, forced?: TextEncoding): { text: string; encoding: TextEncoding } {
  if (forced) return { text: decodeAs(bytes, forced), encoding: forced };
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
  if (looksLikeBig5(bytes)) return { text: decodeAs(bytes, 'big5'), encoding: 'big5' };
  if (looksLikeGbk(bytes)) return { text: decodeAs(bytes, 'gb18030'), encoding: 'gb18030' };
  return { text: decodeAs(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  const buffer = Buffer.from(bytes);
  switch (encoding) {
    case 'utf-8':
    case 'utf-16le':
    case 'utf-16be': {
      const bom = encoding === 'utf-8' ? [0xef, 0xbb, 0xbf] : encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      const start = bom.every((b, i) => bytes[i] === b) ? bom.length : 0;
      return new TextDecoder(encoding).decode(bytes.subarray(start));
    }
    case 'big5':
      return iconv.decode(buffer, 'big5');
    case 'gb18030':
      return iconv.decode(buffer, 'gb18030');
    case 'windows-1252':
      return iconv.decode(buffer, 'win1252');
  }
}

/**
 * Characters frequent in customer lists (company names, places, industries), in both simplified
 * and traditional forms. The same bytes read in the wrong one of GBK and Big5 give rare
 * characters, so the reading with more of these is the file's encoding.
 */
const FREQUENT = new Set(
  '公司有限股份集团團企业業科技电電子网網络絡信息資资讯訊软軟件体體系统統工程服务務贸貿易国國际際中华華实實发發展开開化学學制製造药藥医醫疗療汽车車物流运運输輸仓倉储儲食品饮飲料零售百货貨超市商场場银銀行保险險证證券投资金融房地产產建设設材料能源电電力石油天然气氣钢鋼铁鐵机機械器设設备備装裝饰飾广廣告传傳媒文教育酒店旅游遊农農林牧渔漁新大小上下东東南西北京海台湾灣香港澳门門深圳州市省县縣区區镇鎮路街号號楼樓厦廈园園城乡鄉村的一是不在人了和为為对對与與及其他客户戶名称稱行营營收入年员員数數量状狀态態备備注潜潛力'.split(''),
);

function frequentShare(text: string): number {
  let frequent = 0;
  let chinese = 0;
  for (const c of text) {
    if (c === '\ufffd') chinese += 4; // a byte sequence that is not this encoding weighs heavily
    else if (c >= '\u4e00' && c <= '\u9fff') {
      chinese++;
      if (FREQUENT.has(c)) frequent++;
    }
  }
  return chinese ? frequent / chinese : 0;
}

/**
 * Big5 and GBK share their byte ranges, so neither's structure alone tells them apart; the text
 * each gives does. Only double-byte text is tried (a lead byte 0x81–0xFE before a trail byte).
 */
export function looksLikeBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b < 0xa1 || b > 0xf9) return false; // Big5's lead bytes: 0xA1–0xF9
    const t = bytes[i + 1]!;
    if (!((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) return false;
    pairs++;
    i++;
  }
  if (pairs === 0) return false;
  const sample = bytes.subarray(0, 64 * 1024);
  return frequentShare(decodeAs(sample, 'big5')) > frequentShare(decodeAs(sample, 'gb18030'));
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
