import { crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, Zip, type ZipInputFile } from 'fflate';

/**
 * The last step of the deck: pptxgenjs's package, made right where pptxgenjs cannot.
 *
 * 1. Theme fonts. pptxgenjs writes the theme's Latin fonts only and no way to give East Asian text
 *    its own font (gitbrent/PptxGenJS#1288), and a run's `fontFace` sets Latin, East Asian and
 *    complex script to the same face. The deck's runs name no font; they inherit the theme's
 *    "+mn-lt"/"+mn-ea", and this sets the theme's East Asian font (and the Simplified Chinese
 *    script font, which PowerPoint prefers for zh-CN text) to the deck's.
 * 2. Paragraph properties. pptxgenjs repeats `<a:pPr>` before every run of a paragraph with more
 *    than one run; the schema allows it only first, and PowerPoint 2016 reports such a file as
 *    needing repair (gitbrent/PptxGenJS#1083). The repeats (identical to the first) are dropped.
 * 3. Shape ids. Tables get ids computed from the slide number, which can repeat a text box's id on
 *    the same slide; ids are renumbered 1, 2, 3… per slide, as PowerPoint itself writes them.
 * 4. Compression. pptxgenjs's 'nodebuffer' output is stored uncompressed; the deck is deflated,
 *    by Node's zlib (several times faster than a JavaScript deflate on a 10,000-account deck),
 *    into fflate's zip container through its documented ZipInputFile interface.
 */
export function finishPptx(raw: Uint8Array, fonts: { eastAsian: string }): Buffer {
  const files = unzipSync(raw);
  const out: Array<[string, Uint8Array]> = [];
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue; // folder entries: a package needs none
    if (name === 'ppt/theme/theme1.xml') out.push([name, strToU8(themeFonts(strFromU8(data), fonts.eastAsian))]);
    else if (/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)) out.push([name, strToU8(renumberShapes(singleParagraphProperties(strFromU8(data))))]);
    else out.push([name, data]);
  }
  return deflateZip(out);
}

/** A zip of deflated entries, in the given order. */
export function deflateZip(entries: ReadonlyArray<readonly [string, Uint8Array]>): Buffer {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, data] of entries) {
    const file: ZipInputFile = { filename, size: data.length, crc: crc32(data), compression: 8 };
    zip.add(file);
    file.ondata!(null, deflateRawSync(data, { level: 6 }), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function themeFonts(theme: string, eastAsian: string): string {
  const face = xmlAttr(eastAsian);
  return theme.replace(/<a:ea typeface=""\s*\/>/g, `<a:ea typeface="${face}"/>`).replace(/<a:font script="Hans" typeface="[^"]*"\s*\/>/g, `<a:font script="Hans" typeface="${face}"/>`);
}

/** Drops every `<a:pPr>` that follows a run or a break inside a paragraph (only the first is valid). */
export function singleParagraphProperties(xml: string): string {
  return xml.replace(/(<\/a:r>|<a:br\/>|<a:br>.*?<\/a:br>)<a:pPr\b(?:[^>]*\/>|[^>]*>.*?<\/a:pPr>)/g, '$1');
}

export function renumberShapes(xml: string): string {
  let id = 0;
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++id}"`);
}
