import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { applyDiffTo } from '../../../shared/diff';
import { isAppError } from '../../../shared/errors';
import type { AnyRecord, Coverage } from '../../../shared/records';

/**
 * Whatever the room does — place, re-share, promote, move, remove, delete a motion, duplicate a
 * plan — in any order, a covered segment keeps exactly one primary and at most 100 %. Refused
 * commands change nothing. Runs the pure command functions the service runs.
 */
const template = JSON.parse(fs.readFileSync('resources/templates/sales-transformation.zh-CN.json', 'utf8')) as { records: AnyRecord[] };
const SEGMENTS = ['seg-integrated', 'seg-key', 'seg-smb'];
const MOTIONS = ['motion-dedicated', 'motion-industry', 'motion-phone', 'motion-web'];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const share = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10));
/** Steps refer to placements by position, so they stay meaningful whatever exists at the time. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('place' as const), segment: pick(SEGMENTS), motion: pick(MOTIONS), role: fc.option(pick(['primary', 'overlay'] as const)), share: fc.option(share) }),
  fc.record({ kind: fc.constant('update' as const), nth: fc.nat(20), role: fc.option(pick(['primary', 'overlay'] as const)), share: fc.option(share), motion: fc.option(pick(MOTIONS)) }),
  fc.record({ kind: fc.constant('remove' as const), nth: fc.nat(20) }),
  fc.record({ kind: fc.constant('deleteMotion' as const), motion: pick(MOTIONS) }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
);

function check(records: Map<string, AnyRecord>): void {
  const rows = [...records.values()].filter((r): r is Coverage => r.type === 'coverage');
  const groups = new Map<string, Coverage[]>();
  for (const r of rows) groups.set(`${r.scenarioId}/${r.segmentId}`, [...(groups.get(`${r.scenarioId}/${r.segmentId}`) ?? []), r]);
  for (const group of groups.values()) {
    expect(group.filter((r) => r.role === 'primary')).toHaveLength(1);
    expect(group.reduce((s, r) => s + r.share, 0)).toBeLessThanOrEqual(100 + 1e-6);
    expect(new Set(group.map((r) => r.motionId)).size).toBe(group.length);
    for (const r of group) expect(records.get(r.motionId)?.type).toBe('motion');
  }
}

describe('coverage invariants under any sequence of commands', () => {
  it('one primary, at most 100 %, one placement per motion, refusals only for the known reasons', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const records = new Map(template.records.map((r) => [r.id, r]));
        let n = 0;
        const ctx = { newId: () => `new-${++n}`, now: () => 0 };
        const scenarios = () => [...records.values()].filter((r) => r.type === 'scenario').map((r) => r.id);
        for (const s of steps) {
          const placed = [...records.values()].filter((r): r is Coverage => r.type === 'coverage');
          const target = 'nth' in s ? placed[s.nth % Math.max(1, placed.length)] : undefined;
          const command =
            s.kind === 'place'
              ? { type: 'coverage.place', scenarioId: scenarios()[0], segmentId: s.segment, motionId: s.motion, ...(s.role ? { role: s.role } : {}), ...(s.share !== null ? { share: s.share } : {}) }
              : s.kind === 'update'
                ? target && { type: 'coverage.update', id: target.id, patch: { ...(s.role ? { role: s.role } : {}), ...(s.share !== null ? { share: s.share } : {}), ...(s.motion ? { motionId: s.motion } : {}) } }
                : s.kind === 'remove'
                  ? target && { type: 'coverage.remove', ids: [target.id] }
                  : s.kind === 'deleteMotion'
                    ? records.has(s.motion) && { type: 'motion.delete', ids: [s.motion] }
                    : { type: 'scenario.duplicate', id: scenarios()[0], name: `Plan ${n}` };
          if (!command) continue;
          try {
            applyDiffTo(records, applyCommand(records, command, ctx).diff);
          } catch (e) {
            if (!isAppError(e)) throw e;
            expect(['share_over_100', 'conflict', 'invalid_value', 'not_found']).toContain(e.code);
          }
          check(records);
        }
      }),
      { numRuns: 300 },
    );
  });
});
