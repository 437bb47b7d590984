import { offeringSchema, PALETTE, ROUTE_QUESTION_COUNT, routeSchema } from '../records';
import { collectionCommands } from './collection';

/** Offering types (the grid's columns). Placement commands come with the routes board. */
export const offeringCommands = collectionCommands({
  prefix: 'offering',
  recordType: 'offering',
  schema: offeringSchema,
  defaults: () => ({ name: 'New offering' }),
  onDelete: (tx, offering) => {
    for (const p of tx.all('placement', (p) => p.offeringId === offering.id)) tx.remove(p.id);
    for (const r of tx.all('cellRule', (r) => r.offeringId === offering.id)) tx.remove(r.id);
  },
});

export const routeCommands = collectionCommands({
  prefix: 'route',
  recordType: 'route',
  schema: routeSchema,
  defaults: (tx) => {
    const routes = tx.all('route');
    const number = routes.reduce((max, r) => Math.max(max, r.number), 0) + 1;
    return {
      number,
      name: 'New route',
      family: 'direct' as const,
      partnerType: '',
      color: PALETTE[(number - 1) % PALETTE.length]!,
      questions: Array.from({ length: ROUTE_QUESTION_COUNT }, () => ({ answer: '', done: false })),
      steps: { relationship: null, discovery: null, ownership: null, support: null },
      capacityNotes: '',
    };
  },
  onDelete: (tx, route) => {
    for (const p of tx.all('placement', (p) => p.routeId === route.id)) tx.remove(p.id);
  },
});

/** Every command of the routes board. */
export const routesCommands = [...offeringCommands, ...routeCommands] as const;
