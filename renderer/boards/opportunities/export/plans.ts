import type { ExportInput } from '../../../../shared/export/input';
import type { Contact } from '../../../../shared/records';

/** One plan as labelled sections of text: what the report and the deck print. */
export interface PlanText {
  title: string;
  sections: Array<{ label: string; text: string }>;
}

const contactLine = (t: (k: string) => string, c: Contact) =>
  [c.name, c.title].filter(Boolean).join(', ') + ` (${t(`plan.role.${c.role}`)} · ${t(`plan.att.${c.attitude}`)})`;

/** Every opportunity plan and account plan with content, in board order, as text. */
export function plansText(input: ExportInput): PlanText[] {
  const t = (key: string, values?: Record<string, unknown>) => input.t(`opportunities:${key}`, values);
  const stages = input.records.stage;
  const accounts = new Map(input.records.account.map((a) => [a.id, a.name]));
  const out: PlanText[] = [];
  for (const o of input.records.opportunity) {
    const p = o.plan;
    const sections = [
      ...stages.filter((s) => (p.answers[s.id] ?? '').trim()).map((s) => ({ label: s.name, text: p.answers[s.id]!.trim() })),
      ...(p.decisionMakers.length ? [{ label: t('plan.decisionMakers'), text: p.decisionMakers.map((c) => contactLine(t, c)).join('\n') }] : []),
      ...(p.competitors.length
        ? [{ label: t('plan.competition'), text: p.competitors.map((c) => [c.name, c.strengths && `+ ${c.strengths}`, c.weaknesses && `− ${c.weaknesses}`, c.response && `→ ${c.response}`].filter(Boolean).join(' · ')).join('\n') }]
        : []),
      ...(p.nextSteps.trim() ? [{ label: t('plan.nextSteps'), text: p.nextSteps.trim() }] : []),
    ];
    if (sections.length) out.push({ title: t('plan.opportunityTitle', { name: o.name }), sections });
  }
  for (const a of input.records.accountPlan) {
    const sections = [
      ...(a.situation.trim() ? [{ label: t('plan.situation'), text: a.situation.trim() }] : []),
      ...(a.relationships.length ? [{ label: t('plan.relationships'), text: a.relationships.map((c) => contactLine(t, c)).join('\n') }] : []),
      ...(a.whitespace.length ? [{ label: t('plan.whitespace'), text: a.whitespace.map((w) => `${w.offering}: ${t(`plan.ws.${w.status}`)}${w.note ? ` (${w.note})` : ''}`).join('\n') }] : []),
      ...(a.goals.trim() ? [{ label: t('plan.goals'), text: a.goals.trim() }] : []),
      ...(a.actions.length ? [{ label: t('plan.actions'), text: a.actions.map((x) => [x.what, x.owner, x.due].filter(Boolean).join(' · ')).join('\n') }] : []),
    ];
    if (sections.length) out.push({ title: t('plan.accountTitle', { name: accounts.get(a.accountId) ?? '' }), sections });
  }
  return out;
}
