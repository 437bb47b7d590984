import agendaEn from './locales/en/agenda.json';
import cadenceEn from './locales/en/cadence.json';
import commonEn from './locales/en/common.json';
import coverageEn from './locales/en/coverage.json';
import errorsEn from './locales/en/errors.json';
import facilitationEn from './locales/en/facilitation.json';
import importEn from './locales/en/import.json';
import libraryEn from './locales/en/library.json';
import methodEn from './locales/en/method.json';
import opportunitiesEn from './locales/en/opportunities.json';
import routesEn from './locales/en/routes.json';
import segmentsEn from './locales/en/segments.json';
import agendaZh from './locales/zh-CN/agenda.json';
import cadenceZh from './locales/zh-CN/cadence.json';
import commonZh from './locales/zh-CN/common.json';
import coverageZh from './locales/zh-CN/coverage.json';
import errorsZh from './locales/zh-CN/errors.json';
import facilitationZh from './locales/zh-CN/facilitation.json';
import importZh from './locales/zh-CN/import.json';
import libraryZh from './locales/zh-CN/library.json';
import methodZh from './locales/zh-CN/method.json';
import opportunitiesZh from './locales/zh-CN/opportunities.json';
import routesZh from './locales/zh-CN/routes.json';
import segmentsZh from './locales/zh-CN/segments.json';

/** One namespace per area, so each board's strings live in its own file in both languages. */
export const NAMESPACES = ['common', 'library', 'agenda', 'segments', 'coverage', 'routes', 'method', 'opportunities', 'cadence', 'facilitation', 'import', 'errors'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  en: {
    common: commonEn,
    library: libraryEn,
    agenda: agendaEn,
    segments: segmentsEn,
    coverage: coverageEn,
    routes: routesEn,
    method: methodEn,
    opportunities: opportunitiesEn,
    cadence: cadenceEn,
    import: importEn,
    errors: errorsEn,
    facilitation: facilitationEn,
  },
  'zh-CN': {
    common: commonZh,
    library: libraryZh,
    agenda: agendaZh,
    segments: segmentsZh,
    coverage: coverageZh,
    routes: routesZh,
    method: methodZh,
    opportunities: opportunitiesZh,
    cadence: cadenceZh,
    import: importZh,
    errors: errorsZh,
    facilitation: facilitationZh,
  },
} as const;
