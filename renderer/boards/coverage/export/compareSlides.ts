import type { PlanComparison } from '../../../../shared/calc/coverage';
import type { DeckCell, DeckContext } from '../../../../shared/export/deck';
import type { Scenario } from '../../../../shared/records';
import { assumptionFieldText, assumptionValueText } from '../assumptionText';
import type { CoverageText } from './deckText';
import type { CoverageFigures } from './figures';

/** Every plan in one table: what each takes in people and money, and what it leaves uncovered. */
async function plansOverview(deck: DeckContext, figures: CoverageFigures, x: CoverageText) {
  const { t, f } = x;
  await deck.addTableSlides({
    heading: { title: t('export.plansTitle') },
    table: {
      columns: [
        { header: t('export.plan'), width: 4.6 },
        { header: t('foot.people'), width: 1.8, align: 'right' },
        { header: t('foot.cost'), width: 1.8, align: 'right' },
        { header: t('foot.accounts'), width: 2.2, align: 'right' },
        { header: t('compare.uncovered'), width: 2.0, align: 'right' },
      ],
      rows: figures.plans.map((p): Array<string | DeckCell> => [
        { text: x.planName(p, true), bold: p.active },
        f.people(p.figures.totals.people),
        f.money(p.figures.totals.cost),
        t('foot.accountsOf', { covered: f.count(p.figures.totals.accountsCovered), total: f.accounts(p.figures.totals.accounts) }),
        { text: f.count(p.figures.totals.uncoveredSegments), ...(p.figures.totals.uncoveredSegments > 0 ? { color: deck.style.color.warn, bold: true } : {}) },
      ]),
    },
  });
}

/** The board's comparison panel: by motion, the other plan, the plan on the board, and the difference. */
async function comparisonSlides(deck: DeckContext, other: Scenario, active: Scenario, c: PlanComparison, x: CoverageText) {
  const { t, f } = x;
  const { color } = deck.style;
  const a = other.name;
  const b = active.name;
  const delta = (n: number, text: string): DeckCell => ({ text, bold: true, ...(n > 0 ? { color: color.error } : n < 0 ? { color: color.ok } : {}) });
  const changed = c.segments.filter((s) => s.changed).map((s) => s.segment.name);
  const note = changed.length ? t('export.changedSegments', { segments: changed.join(deck.input.t('routes:listSeparator')) }) : t('export.sameSegments');
  // Plan names can be long: the columns say ① and ②, the subtitle says which plan each is.
  const one = t('export.planOne');
  const two = t('export.planTwo');
  await deck.addTableSlides({
    heading: { title: t('compare.caption', { a, b }), subtitle: t('export.compareSubtitle', { a, b, one, two }) },
    table: {
      columns: [
        { header: t('compare.motion'), width: 3.0 },
        { header: `${one} ${t('foot.people')}`, width: 1.5, align: 'right' },
        { header: `${two} ${t('foot.people')}`, width: 1.5, align: 'right' },
        { header: t('export.delta', { one, two }), width: 1.4, align: 'right' },
        { header: `${one} ${t('foot.cost')}`, width: 1.5, align: 'right' },
        { header: `${two} ${t('foot.cost')}`, width: 1.5, align: 'right' },
        { header: t('export.delta', { one, two }), width: 1.4, align: 'right' },
      ],
      rows: c.motions.map((m): Array<string | DeckCell> => [
        m.motion.name,
        f.people(m.a.people),
        f.people(m.b.people),
        delta(m.delta.people, f.signed(m.delta.people)),
        f.money(m.a.cost),
        f.money(m.b.cost),
        delta(m.delta.cost, f.signedMoney(m.delta.cost)),
      ]),
      foot: [
        [t('compare.total'), f.people(c.a.people), f.people(c.b.people), delta(c.delta.people, f.signed(c.delta.people)), f.money(c.a.cost), f.money(c.b.cost), delta(c.delta.cost, f.signedMoney(c.delta.cost))],
        [t('compare.uncovered'), f.count(c.a.uncoveredSegments), f.count(c.b.uncoveredSegments), delta(c.delta.uncoveredSegments, f.signed(c.delta.uncoveredSegments)), '', '', ''],
      ],
    },
    below: { height: deck.textHeight(note, deck.style.body.w, deck.style.size.body), draw: (slide, box) => deck.addText(slide, note, box) },
  });
  await assumptionSlides(deck, other, active, c, x);
}

/** What the two plans assume differently (plans own their assumptions, issue 11), as on the board's comparison. */
async function assumptionSlides(deck: DeckContext, other: Scenario, active: Scenario, c: PlanComparison, x: CoverageText) {
  const { t, f } = x;
  const motions = new Map(deck.input.records.motion.map((m) => [m.id, m.name]));
  if (c.assumptions.length === 0) return;
  await deck.addTableSlides({
    heading: { title: t('compare.assumptionsTitle'), subtitle: t('compare.caption', { a: other.name, b: active.name }) },
    table: {
      columns: [
        { header: t('compare.assumption'), width: 6.0 },
        { header: other.name, width: 3.2, align: 'right' },
        { header: active.name, width: 3.2, align: 'right' },
      ],
      rows: c.assumptions.map((d) => [`${motions.get(d.motionId) ?? ''} · ${assumptionFieldText(d, t, x.roles)}`, assumptionValueText(d, d.a, t, f), assumptionValueText(d, d.b, t, f)]),
    },
  });
}

/** With two plans or more: all plans side by side, then each against the plan on the board. */
export async function compareSlides(deck: DeckContext, figures: CoverageFigures, x: CoverageText): Promise<void> {
  const active = figures.plans.find((p) => p.active);
  if (figures.plans.length < 2 || !active) return;
  await plansOverview(deck, figures, x);
  for (const { other, comparison } of figures.comparisons) await comparisonSlides(deck, other, active.scenario, comparison, x);
}

/** One owner per segment and the coverage principles the room wrote, where it wrote any. */
export async function principleSlides(deck: DeckContext, x: CoverageText): Promise<void> {
  const { t } = x;
  const segments = deck.input.records.segment.filter((s) => s.owner.trim() || s.principles.trim());
  if (segments.length === 0) return;
  await deck.addTableSlides({
    heading: { title: t('export.principlesTitle') },
    table: {
      columns: [
        { header: t('export.segmentsHead'), width: 3 },
        { header: t('export.owner'), width: 3 },
        { header: t('segment.principles'), width: 6.5 },
      ],
      rows: segments.map((s) => [{ text: s.name, bold: true }, s.owner.trim() || t('noOwner'), s.principles.trim() || '—']),
    },
  });
}
