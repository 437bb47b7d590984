import type { ComponentType } from 'react';
import type { BoardId } from '../../shared/records';
import { AgendaReport } from '../boards/agenda/export/AgendaReport';
import { CadenceReport } from '../boards/cadence/export/CadenceReport';
import { CoverageReport } from '../boards/coverage/export/CoverageReport';
import { MethodReport } from '../boards/method/export/MethodReport';
import { OpportunitiesReport } from '../boards/opportunities/export/OpportunitiesReport';
import { RoutesReport } from '../boards/routes/export/RoutesReport';
import { SegmentsReport } from '../boards/segments/export/SegmentsReport';
import { FacilitationReport } from '../facilitation/export/FacilitationReport';
import type { ReportSectionProps } from './sectionTypes';

export interface ReportSectionEntry {
  board: BoardId | 'facilitation';
  Section: ComponentType<ReportSectionProps>;
}

/**
 * The printed report's sections, in workshop order; each lives next to its board's code
 * (renderer/boards/<board>/export/*Report.tsx) and draws on the board's export figures, as its
 * slides and sheets do. A new board adds its section there and one line here.
 */
export const REPORT_SECTIONS: readonly ReportSectionEntry[] = [
  { board: 'agenda', Section: AgendaReport },
  { board: 'segments', Section: SegmentsReport },
  { board: 'coverage', Section: CoverageReport },
  { board: 'routes', Section: RoutesReport },
  { board: 'method', Section: MethodReport },
  { board: 'opportunities', Section: OpportunitiesReport },
  { board: 'cadence', Section: CadenceReport },
  { board: 'facilitation', Section: FacilitationReport },
];
