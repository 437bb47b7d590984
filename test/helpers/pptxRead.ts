import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads a PPTX back the way a test needs it: the package's parts, each slide's title (the
 * title placeholder's text), its texts, its tables as rows of cell texts, and each chart's series.
 * Plain string scanning of the XML pptxgenjs writes: enough to assert what a reader would see.
 */
export interface ReadSlide {
  index: number;
  xml: string;
  title: string;
  texts: string[];
  tables: string[][][];
}

export interface ChartSeries {
  name: string;
  labels: string[];
  values: number[];
}

export interface ReadChart {
  part: string;
  type: string;
  series: ChartSeries[];
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The visible text of an XML fragment: its runs, paragraphs joined by newlines. */
export function textOf(xml: string): string {
  return xml
    .split(/<\/a:p>/)
    .map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!)).join(''))
    .filter((line, i, all) => line !== '' || i < all.length - 1)
    .join('\n')
    .trim();
}

function shapes(xml: string): string[] {
  return [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]);
}

function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map((r) => [...r[0].matchAll(/<a:tc\b[^>]*>([\s\S]*?)<\/a:tc>/g)].map((c) => textOf(c[1]!))),
  );
}

export function readPptx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const data = files[name];
    if (!data) throw new Error(`The package has no ${name}`);
    return strFromU8(data);
  };
  const slideNames = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const slides: ReadSlide[] = slideNames.map((name, i) => {
    const xml = part(name);
    const titleShape = shapes(xml).find((s) => /<p:ph[^>]*type="title"/.test(s));
    return { index: i + 1, xml, title: titleShape ? textOf(titleShape) : '', texts: shapes(xml).map(textOf).filter(Boolean), tables: tables(xml) };
  });
  const chartNames = Object.keys(files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const charts: ReadChart[] = chartNames.map((name) => {
    const xml = part(name);
    const type = /<c:(\w+Chart)>/.exec(xml)?.[1] ?? '';
    const cache = (s: string, tag: 'c:cat' | 'c:val') => {
      const block = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(s)?.[1] ?? '';
      return [...block.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) => unescape(m[1]!));
    };
    const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => ({
      name: unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(m[1]!)?.[1] ?? ''),
      labels: cache(m[1]!, 'c:cat'),
      values: cache(m[1]!, 'c:val').map(Number),
    }));
    return { part: name, type, series };
  });
  return { files, part, slides, charts };
}

/** Every font size (points) a part sets on text: run, paragraph-default and end-of-paragraph properties. */
export function fontSizes(xml: string): number[] {
  return [...xml.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*\ssz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
}
