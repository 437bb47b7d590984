import { EMPTY_RULES, type Account, type Segment, type SegmentRules } from '../../../shared/records';

/** Records for pure tests: only what the test says differs from a plain default. */
export function account(over: Partial<Account> & { id: string }): Account {
  return {
    type: 'account',
    name: over.id,
    industry: '',
    region: '',
    city: '',
    revenue: null,
    employees: null,
    spend: null,
    potential: null,
    status: '',
    notes: '',
    segmentId: null,
    order: 'a0',
    ...over,
  };
}

export function segment(id: string, rules: Partial<SegmentRules> = {}, order = 'a0'): Segment {
  return {
    id,
    type: 'segment',
    name: id,
    color: '#0072b2',
    order,
    description: '',
    rules: { ...EMPTY_RULES, ...rules },
    buying: '',
    painPoints: '',
    drive: null,
    owner: '',
    principles: '',
    hiddenInRoutes: false,
  };
}
