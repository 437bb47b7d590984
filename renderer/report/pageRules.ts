import type { ExportInput } from '../../shared/export/input';

/** A CSS string literal of any text (a workshop may be called anything, quotes and backslashes included). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * "Page {{page}} of {{pages}}" as CSS content: the words as strings around the page counters, so
 * each language orders them its own way ("第 3 页，共 12 页").
 */
export function pageCounterContent(template: string): string {
  const parts = template.split(/(\{\{page\}\}|\{\{pages\}\})/).filter((p) => p !== '');
  return parts.map((p) => (p === '{{page}}' ? 'counter(page)' : p === '{{pages}}' ? 'counter(pages)' : cssString(p))).join(' ');
}

/**
 * The printed page's margin boxes: the workshop, client and date at the bottom left, the page
 * number at the bottom right, on every page, in the workshop's language.
 */
export function pageRules(input: ExportInput, date: string): string {
  const { name, client } = input.workshop;
  const footer = client.trim()
    ? input.t('common:report.footer', { workshop: name, client, date })
    : input.t('common:report.footerNoClient', { workshop: name, date });
  // The placeholders go in as values and come out as they are (i18next does not interpolate values).
  const pageOf = input.t('common:report.pageOf', { page: '{{page}}', pages: '{{pages}}' });
  return `@page {
  @bottom-left { content: ${cssString(footer)}; }
  @bottom-right { content: ${pageCounterContent(pageOf)}; }
}`;
}
