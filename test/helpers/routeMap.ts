import fs from 'node:fs';

/**
 * The sales-transformation template lays out the deck's route map (issue 11). Tests about the
 * grid's own rules (gaps, conflicts, rules, exports of a chosen grid) start from an empty grid:
 * these commands remove the template's placements and its rule of engagement, in both languages
 * (the two templates use the same ids).
 */
// Read from disk (not imported): Playwright's loader runs this file as plain Node ESM.
const template = JSON.parse(fs.readFileSync(new URL('../../resources/templates/sales-transformation.en.json', import.meta.url), 'utf8')) as {
  records: { id: string; type: string; segmentId?: string; offeringId?: string }[];
};
const records = template.records;

export const TEMPLATE_PLACEMENT_IDS = records.filter((r) => r.type === 'placement').map((r) => r.id);

export function clearRouteMapCommands(): Record<string, unknown>[] {
  return [
    { type: 'placement.remove', ids: TEMPLATE_PLACEMENT_IDS },
    ...records.filter((r) => r.type === 'cellRule').map((r) => ({ type: 'cellRule.set', segmentId: r.segmentId, offeringId: r.offeringId, rule: '' })),
  ];
}
