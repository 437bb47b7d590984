import { useTranslation } from 'react-i18next';
import type { EmptySegmentReason, RuleName } from '../../../../shared/calc/segmentsRules';
import type { Segment } from '../../../../shared/records';
import type { Formatters } from '../format';

/**
 * The segments "Suggest segments" proposes nothing for, each with why — the rule that matches no
 * account names its values — so the room adjusts the rule instead of wondering.
 */
export function EmptySegments({ reasons, segments, unassigned, format }: { reasons: EmptySegmentReason[]; segments: readonly Segment[]; unassigned: number; format: Formatters }) {
  const { t } = useTranslation('segments');
  if (!reasons.length) return null;
  const byId = new Map(segments.map((s) => [s.id, s]));
  const ruleText = (segment: Segment, rule: RuleName): string => {
    const r = segment.rules;
    if (rule === 'revenue') {
      return t('suggest.rule.revenue', { min: r.revenueMin === null ? '…' : format.money(r.revenueMin), max: r.revenueMax === null ? '…' : format.money(r.revenueMax) });
    }
    return t(`suggest.rule.${rule}`, { values: r[rule].join(t('suggest.listSeparator')) });
  };
  const text = (reason: EmptySegmentReason, segment: Segment): string => {
    switch (reason.kind) {
      case 'no_rules':
        return t('suggest.reason.no_rules');
      case 'rule_matches_none':
        return t('suggest.reason.rule_matches_none', { rules: reason.rules.map((r) => ruleText(segment, r)).join(t('suggest.listSeparator')), count: unassigned });
      case 'no_account_meets_all':
        return t('suggest.reason.no_account_meets_all');
      case 'taken_earlier':
        return t('suggest.reason.taken_earlier', {
          count: reason.matching,
          segments: reason.takenBy.map((id) => byId.get(id)?.name ?? '').join(t('suggest.listSeparator')),
        });
    }
  };
  return (
    <section className="seg-suggest-empty" aria-labelledby="seg-suggest-empty-title">
      <h4 id="seg-suggest-empty-title">{t('suggest.emptyTitle', { count: reasons.length })}</h4>
      <ul>
        {reasons.map((reason) => {
          const segment = byId.get(reason.segmentId);
          if (!segment) return null;
          return (
            <li key={reason.segmentId} style={{ borderLeftColor: segment.color }}>
              <strong>{segment.name}</strong>
              <span>{text(reason, segment)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
