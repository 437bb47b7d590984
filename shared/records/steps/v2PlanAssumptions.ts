import type { LooseRecord, RecordMigration } from '../migrations';

/**
 * Records version 2 (issue 11): plans own their coverage assumptions.
 *
 * Version 1 kept capacity, cost per person, role mix, people limit and revenue threshold on the
 * motion, shared by every plan, so a capacity typed in plan B silently changed plan A. Version 2
 * keeps on the motion only what it is (name, drive, notes, order) and gives every scenario ×
 * motion an `assumption` record with its own copy; today's shared values become each plan's
 * copy, so every existing figure is kept. The new settings take their neutral values:
 * - staffing follows the motion's nature, as the template does: a relationship-driven motion
 *   (dedicated executives, industry teams) is staffed per segment, a transaction-driven one
 *   (territory, phone, web, partner) pooled — the method's headcount, which changes the totals
 *   of pooled motions covering several segments (that is the point of the issue);
 * - no quotas, no max accounts per person, no territory sizing (nothing the room had decided);
 * - a plan's quota floor is 100 %; a route is linked to no motion yet.
 * Written as plain JSON on purpose (never the current types): it must keep meaning version 1 → 2
 * when later versions change these shapes again.
 */
export const v2PlanAssumptions: RecordMigration = {
  version: 2,
  name: 'plans own their coverage assumptions',
  up(records) {
    const scenarios = records.filter((r) => r.type === 'scenario');
    const out: LooseRecord[] = [];
    for (const r of records) {
      if (r.type === 'motion') {
        const { capacity, costPerPerson, roles, peopleLimit, revenueThreshold, ...motion } = r;
        out.push(motion as LooseRecord);
        const dedicated = r.drive === 'relationship';
        for (const s of scenarios) {
          out.push({
            id: `assume:${s.id}:${r.id}`,
            type: 'assumption',
            scenarioId: s.id,
            motionId: r.id,
            capacity,
            costPerPerson,
            roles,
            quotas: { hunter: null, farmer: null, coach: null },
            peopleLimit,
            revenueThreshold: revenueThreshold ?? null,
            maxAccountsPerPerson: null,
            staffing: dedicated ? 'perSegment' : 'pooled',
            territory: null,
          });
        }
      } else if (r.type === 'scenario') {
        out.push({ ...r, quotaFloor: 100 });
      } else if (r.type === 'route') {
        out.push({ ...r, motionIds: [] });
      } else {
        out.push(r);
      }
    }
    return out;
  },
};
