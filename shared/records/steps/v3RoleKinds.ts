import type { LooseRecord, RecordMigration } from '../migrations';

/** How version 2's role records were named (the templates, and what a room would type). */
const KIND_NAMES: ReadonlyArray<[kind: string, pattern: RegExp]> = [
  ['hunter', /hunter|猎手|猎人|獵手/i],
  ['farmer', /farmer|农夫|農夫|农民/i],
  ['coach', /coach|教练|教練|辅导|輔導/i],
];

/**
 * Records version 3 (issues 11 and 12): one definition of the roles.
 *
 * Version 2 had the hunter / farmer / coach roles twice: a coverage motion's role mix (fixed keys,
 * labelled by the app) and the cadence board's role records (named by the room). Version 3 gives
 * each role record a `kind` (hunter, farmer, coach, or null for any other role), so the mix's
 * keys are the records' kinds and the coverage board names each part of the mix by its record.
 * A version-2 role takes the kind its id or name says (the templates' "role-hunter" / 猎手; the
 * first by order wins a kind, the rest get none); any other role gets null. Workshops without role
 * records stay without them: coverage then names the kinds in the app's words, as before.
 * Plain JSON on purpose (see v2PlanAssumptions.ts).
 */
export const v3RoleKinds: RecordMigration = {
  version: 3,
  name: 'role records carry the kind coverage counts',
  up(records) {
    const roles = records.filter((r) => r.type === 'role').sort((a, b) => String(a.order).localeCompare(String(b.order)) || a.id.localeCompare(b.id));
    const kindOf = new Map<string, string | null>();
    const taken = new Set<string>();
    for (const r of roles) {
      const text = `${r.id} ${String(r.name ?? '')}`;
      const kind = KIND_NAMES.find(([k, pattern]) => !taken.has(k) && pattern.test(text))?.[0] ?? null;
      if (kind) taken.add(kind);
      kindOf.set(r.id, kind);
    }
    return records.map((r): LooseRecord => (r.type === 'role' ? { ...r, kind: kindOf.get(r.id) ?? null } : r));
  },
};
