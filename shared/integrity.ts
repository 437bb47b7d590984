import type { AnyRecord } from './records';

/** One way records can point at each other wrongly, with what a message needs to say it. */
export type ReferenceIssue =
  | { kind: 'duplicateId'; id: string }
  | { kind: 'missingTarget'; from: AnyRecord; field: string; id: string; expected: AnyRecord['type'] }
  | { kind: 'settingsCount'; found: number };

/**
 * Problems with how records point at each other (a placement of a missing route, two settings).
 * Templates and imported workshop files must have none.
 */
export function referenceIssues(records: readonly AnyRecord[]): ReferenceIssue[] {
  const byId = new Map<string, AnyRecord>();
  const issues: ReferenceIssue[] = [];
  for (const r of records) {
    if (byId.has(r.id)) issues.push({ kind: 'duplicateId', id: r.id });
    byId.set(r.id, r);
  }
  const expect = (from: AnyRecord, field: string, id: string | null, type: AnyRecord['type']) => {
    if (id === null) return;
    const target = byId.get(id);
    if (!target || target.type !== type) issues.push({ kind: 'missingTarget', from, field, id, expected: type });
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
      case 'opportunity':
        expect(r, 'accountId', r.accountId, 'account');
        expect(r, 'stageId', r.stageId, 'stage');
        expect(r, 'routeId', r.routeId, 'route');
        expect(r, 'roleId', r.roleId, 'role');
        break;
      case 'accountPlan':
        expect(r, 'accountId', r.accountId, 'account');
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
  if (settings !== 1) issues.push({ kind: 'settingsCount', found: settings });
  return issues;
}

/** The same problems in plain English (template load errors, logs). */
export function referenceProblems(records: readonly AnyRecord[]): string[] {
  return referenceIssues(records).map((i) => {
    switch (i.kind) {
      case 'duplicateId':
        return `id ${i.id} is used twice`;
      case 'missingTarget':
        return `${i.from.type} ${i.from.id}: ${i.field} ${i.id} is not a ${i.expected}`;
      case 'settingsCount':
        return `a workshop needs exactly one settings record, found ${i.found}`;
    }
  });
}
