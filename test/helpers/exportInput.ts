import { exportInput, type ExportInput } from '../../shared/export/input';
import type { AnyRecord } from '../../shared/records';
import type { Language } from '../../shared/workshop';
import { translator } from '../../electron/export/translate';

/**
 * The ExportInput the service builds for a workshop's records, so a test computes the figures
 * the boards show (their export/figures.ts) from the same records the file was written from.
 */
export function inputOf(records: readonly AnyRecord[], language: Language = 'zh-CN', name = '海格物流'): ExportInput {
  return exportInput({
    workshop: { id: 'w', name, client: name, language, templateId: null, version: 0, createdAt: '', updatedAt: '' },
    records,
    at: new Date(0),
    t: translator(language),
  });
}
