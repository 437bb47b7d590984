import type { RoutesAnalysis } from '../../../../shared/calc/routes';
import type { DeckCell, DeckContext, DeckTable } from '../../../../shared/export/deck';
import { ROUTE_QUESTION_COUNT, SALES_STEPS, type Route, type StepOwner } from '../../../../shared/records';
import { textOn } from '../chipColor';
import type { ExportInput } from '../../../../shared/export/input';
import type { RoutesText } from './deckText';
import { answeredCount } from './text';
import { routeFindings } from './findings';

/** A route's number and name on its own colour, text in the colour that reads on it. */
function routeCell(deck: DeckContext, route: Route, x: RoutesText): DeckCell {
  return { text: x.chipLabel(route), fill: deck.hex(route.color), color: deck.hex(textOn(route.color)), bold: true };
}

/** Who does a step: the word, and a tint per owner so the split reads at a glance (the word carries it). */
function ownerCell(deck: DeckContext, owner: StepOwner | null, x: RoutesText): DeckCell {
  const c = deck.style.color;
  const fill = owner === 'own' ? c.accentSoft : owner === 'partner' ? c.warnBg : owner === 'shared' ? c.surface : undefined;
  return { text: x.t(`owner.${owner ?? 'none'}`), align: 'center', ...(fill ? { fill } : { color: c.muted }) };
}


/** Every route in one table: its family, partners, reach, open questions and who does each step. */
export async function routesOverview(deck: DeckContext, analysis: RoutesAnalysis, routes: Route[], x: RoutesText): Promise<void> {
  const { t } = x;
  await deck.addTableSlides({
    heading: { title: t('export.overviewTitle'), subtitle: t('export.overviewSubtitle') },
    table: {
      columns: [
        { header: t('export.route'), width: 2.6 },
        { header: t('editor.family'), width: 1.2 },
        { header: t('editor.partnerType'), width: 1.5 },
        { header: t('export.cells'), width: 0.9, align: 'right' },
        { header: t('export.questions'), width: 0.9, align: 'right' },
        ...SALES_STEPS.map((s) => ({ header: t(`step.${s}`), width: 1.3, align: 'center' as const })),
      ],
      rows: routes.map((r): Array<string | DeckCell> => [
        routeCell(deck, r, x),
        t(`family.${r.family}`),
        r.partnerType.trim() || '—',
        String(analysis.cellsServed.get(r.id) ?? 0),
        `${answeredCount(r)}/${ROUTE_QUESTION_COUNT}`,
        ...SALES_STEPS.map((s) => ownerCell(deck, r.steps[s], x)),
      ]),
      zebra: false,
    },
  });
}

function questionsTable(deck: DeckContext, route: Route, x: RoutesText): DeckTable {
  const { t } = x;
  const c = deck.style.color;
  return {
    columns: [
      { header: '#', width: 0.4 },
      { header: t('export.question'), width: 3.2 },
      { header: t('export.answer'), width: 4.4 },
    ],
    rows: route.questions.map((q, i): Array<string | DeckCell> => {
      const answer = q.answer.trim();
      const text: DeckCell = answer ? { text: answer } : q.done ? { text: t('export.settled'), color: c.muted } : { text: `▲ ${t('export.unanswered')}`, color: c.warn, bold: true };
      return [String(i + 1), { text: t(`questions.q${i + 1}`), color: c.muted }, text];
    }),
    fontSize: deck.style.size.small + 1,
  };
}

function cycleTable(deck: DeckContext, route: Route, x: RoutesText): DeckTable {
  const { t } = x;
  return {
    columns: [
      { header: t('editor.step'), width: 2 },
      { header: t('export.owner'), width: 1.3, align: 'center' },
    ],
    rows: SALES_STEPS.map((s) => [t(`step.${s}`), ownerCell(deck, route.steps[s], x)]),
    fontSize: deck.style.size.small + 1,
    zebra: false,
  };
}

/** One route: the six questions with the room's answers, who does each step, where it sells. */
async function routeDetail(deck: DeckContext, analysis: RoutesAnalysis, route: Route, x: RoutesText) {
  const { t } = x;
  const { body, color, size } = deck.style;
  const cells = [...analysis.cells.values()].filter((c) => c.placements.some((p) => p.routeId === route.id)).map((c) => x.cellName(c));
  const heading = {
    title: t('editor.title', { route: x.chipLabel(route) }),
    subtitle: [t(`family.${route.family}`), route.partnerType.trim(), t('cellsServed', { count: cells.length }), t('questionsAnswered', { answered: answeredCount(route), count: ROUTE_QUESTION_COUNT })].filter(Boolean).join(' · '),
  };
  const questions = questionsTable(deck, route, x);
  const leftW = body.w * 0.64;
  const rightX = body.x + leftW + 0.35;
  const rightW = body.w - leftW - 0.35;
  const notes = [
    { title: t('export.servesCells'), text: cells.length ? cells.join('\n') : t('export.notPlaced') },
    ...(route.capacityNotes.trim() ? [{ title: t('editor.capacityNotes'), text: route.capacityNotes.trim() }] : []),
  ];
  const cycle = cycleTable(deck, route, x);
  const rightH = 0.35 + deck.tableHeight(cycle, rightW) + notes.reduce((h, n) => h + 0.5 + deck.textHeight(n.text, rightW, size.small + 1), 0);
  if (deck.tableHeight(questions, leftW) > body.h || rightH > body.h) {
    // Long answers: the questions get the slide's width and the slides they need.
    await deck.addTableSlides({ heading, table: { ...questions, columns: questions.columns } });
    const slide = await deck.addSlide({ ...heading, title: `${heading.title} · ${t('editor.steps')}` });
    deck.addTable(slide, cycle, { x: body.x, y: body.y, w: body.w / 2 });
    return;
  }
  const slide = await deck.addSlide(heading);
  deck.addTable(slide, questions, { x: body.x, y: body.y, w: leftW });
  deck.addText(slide, t('editor.steps'), { x: rightX, y: body.y, w: rightW, h: 0.3 }, { bold: true, color: color.accent, fontSize: size.small + 1 });
  let y = body.y + 0.35 + deck.addTable(slide, cycle, { x: rightX, y: body.y + 0.35, w: rightW }) + 0.2;
  for (const n of notes) {
    deck.addText(slide, n.title, { x: rightX, y, w: rightW, h: 0.3 }, { bold: true, color: color.accent, fontSize: size.small + 1 });
    const h = deck.textHeight(n.text, rightW, size.small + 1);
    deck.addText(slide, n.text, { x: rightX, y: y + 0.32, w: rightW, h }, { fontSize: size.small + 1 });
    y += 0.5 + h;
  }
}

export async function routeDetails(deck: DeckContext, analysis: RoutesAnalysis, routes: Route[], x: RoutesText): Promise<void> {
  for (const route of routes) await routeDetail(deck, analysis, route, x);
}

/**
 * What the board's findings panel lists (routeFindings): gaps, conflicts and their rules,
 * hand-offs, inconsistent families, routes over capacity, open questions, duplicate numbers, the target.
 */
export async function findingsSlides(deck: DeckContext, analysis: RoutesAnalysis, x: RoutesText, input: ExportInput): Promise<void> {
  const { t } = x;
  const c = deck.style.color;
  const tone = { warn: c.warn, error: c.error, ok: c.ok, note: undefined } as const;
  const rows: Array<Array<string | DeckCell>> = routeFindings(input, analysis).map((f) => {
    const color = tone[f.tone];
    return [{ text: f.kind, bold: true, ...(color ? { color } : {}) }, f.where, f.what];
  });
  if (rows.length === 0) {
    const slide = await deck.addSlide({ title: t('findings.title') });
    deck.addText(slide, t('findings.allClear'), { ...deck.style.body, h: 0.6 });
    return;
  }
  await deck.addTableSlides({
    heading: { title: t('findings.title'), subtitle: x.findingsLine(analysis) },
    table: {
      columns: [
        { header: t('export.kind'), width: 1.6 },
        { header: t('export.where'), width: 4.2 },
        { header: t('export.what'), width: 6.4 },
      ],
      rows,
    },
  });
}
