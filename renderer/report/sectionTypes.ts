import type { ExportInput } from '../../shared/export/input';

/** What the reader of the report chose on its toolbar (not workshop data: the same workshop prints either way). */
export interface ReportOptions {
  /** List every account under its segment (a 10,000-account workshop runs to hundreds of pages). */
  accounts: boolean;
}

/** A board's report section: drawn from the same ExportInput (and the board's figures) as its slides and sheets. */
export interface ReportSectionProps {
  input: ExportInput;
  options: ReportOptions;
}
