import { describe, expect, it } from 'vitest';
import { analyseRoutes } from '../../../shared/calc/routes';
import { sortByOrder } from '../../../shared/order';
import { cellRuleId, type AnyRecord, type RecordOf, type RecordType } from '../../../shared/records';
import { withTemplateWorkshop } from '../../helpers/service';

/** Issue 11: the template opens with the deck's route map (see the routes agenda item's notes). */
const w = withTemplateWorkshop();

async function records() {
  return (await w.t.ok('openWorkshop', { workshopId: w.workshopId })).records;
}
function ofType<T extends RecordType>(all: AnyRecord[], type: T): RecordOf<T>[] {
  return all.filter((r) => r.type === type) as RecordOf<T>[];
}
async function analysis() {
  const all = await records();
  return analyseRoutes({
    segments: ofType(all, 'segment'),
    offerings: ofType(all, 'offering'),
    routes: ofType(all, 'route'),
    placements: ofType(all, 'placement'),
    cellRules: ofType(all, 'cellRule'),
    target: ofType(all, 'settings')[0]!.routeTarget,
  });
}
async function cellRoutes(segmentId: string, offeringId: string) {
  const all = ofType(await records(), 'placement').filter((p) => p.segmentId === segmentId && p.offeringId === offeringId);
  return sortByOrder(all).map((p) => p.routeId);
}

// Template ids (resources/templates/sales-transformation.*.json).
const BIG = 'seg-integrated';
const SOLUTIONS = 'off-solutions';

describe('the template', () => {
  it('starts with the deck’s route map: 6 tiers × 3 offerings, 7 routes placed, realistic gaps, one conflict with its rule', async () => {
    const a = await analysis();
    expect(a.rows).toHaveLength(6);
    expect(a.columns.map((c) => c.name)).toEqual(['零售和简单交易', '技术平台和相关服务', '集成解决方案和咨询项目']);
    expect(a.routeCount).toBe(7);
    expect(a.overBy).toBe(0);
    expect(a.incomplete).toHaveLength(7);
    // Every route serves at least one cell; the IT solution providers' retail cells stay open.
    expect([...a.cellsServed.values()].every((n) => n > 0)).toBe(true);
    expect(a.gaps.map((g) => `${g.segmentId}×${g.offeringId}`)).toEqual(['seg-si×off-retail', 'seg-isv×off-retail']);
    // Only the illustrative conflict, with its rule of engagement: nothing left unresolved.
    expect(a.conflicts).toEqual([]);
    expect(a.resolved.map((c) => c.key)).toEqual([cellRuleId(BIG, SOLUTIONS)]);
    expect(await cellRoutes(BIG, SOLUTIONS)).toEqual(['route-services', 'route-si']);
    expect(a.inconsistent).toEqual([]);
  });
});

