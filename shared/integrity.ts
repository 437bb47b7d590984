import type { AnyRecord } from './records';

/**
 * Problems with how records point at each other (a placement of a missing route, two settings).
 * Templates and imported workshop files must have none; returns plain-English problems.
 */
export function referenceProblems(records: readonly AnyRecord[]): string[] {
  const byId = new Map<string, AnyRecord>();
  const problems: string[] = [];
  for (const r of records) {
    if (byId.has(r.id)) problems.push(`id ${r.id} is used twice`);
    byId.set(r.id, r);
  }
  const expect = (from: AnyRecord, field: string, id: string | null, type: AnyRecord['type']) => {
    if (id === null) return;
    const target = byId.get(id);
    if (!target || target.type !== type) problems.push(`${from.type} ${from.id}: ${field} ${id} is not a ${type}`);
  };
  let settings = 0;
  for (const r of records) {
    switch (r.type) {
      case 'account':
        expect(r, 'segmentId', r.segmentId, 'segment');
        break;
      case 'coverage':
        expect(r, 'scenarioId', r.scenarioId, 'scenario');
        expect(r, 'segmentId', r.segmentId, 'segment');
        expect(r, 'motionId', r.motionId, 'motion');
        break;
      case 'placement':
        expect(r, 'routeId', r.routeId, 'route');
        expect(r, 'segmentId', r.segmentId, 'segment');
        expect(r, 'offeringId', r.offeringId, 'offering');
        break;
      case 'cellRule':
        expect(r, 'segmentId', r.segmentId, 'segment');
        expect(r, 'offeringId', r.offeringId, 'offering');
        break;
      case 'settings':
        settings += 1;
        expect(r, 'activeScenarioId', r.activeScenarioId, 'scenario');
        expect(r, 'timer.itemId', r.timer.itemId, 'agendaItem');
        break;
      default:
        break;
    }
  }
  if (settings !== 1) problems.push(`a workshop needs exactly one settings record, found ${settings}`);
  return problems;
}
