import type { Style } from 'exceljs';

/**
 * The workbook's few looks, as exceljs style fragments. Inputs follow the modelling convention a
 * finance reader knows: blue figures on a pale yellow fill are the cells to change; everything
 * black is computed from them.
 */
export type StylePreset = 'header' | 'input' | 'total' | 'band' | 'warning' | 'note';

const thin = { style: 'thin' as const, color: { argb: 'FF8C9BAB' } };
const fill = (argb: string): Style['fill'] => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

export const STYLES: Record<StylePreset, Partial<Style>> = {
  header: {
    font: { bold: true, color: { argb: 'FF1F2D3D' } },
    fill: fill('FFE3EAF2'),
    border: { bottom: thin },
    alignment: { vertical: 'middle', wrapText: true },
  },
  input: { font: { color: { argb: 'FF1F4E9A' } }, fill: fill('FFFFF2CC') },
  total: { font: { bold: true }, border: { top: thin } },
  band: { font: { bold: true, size: 12, color: { argb: 'FF1F2D3D' } }, fill: fill('FFD6E4F0') },
  warning: { font: { color: { argb: 'FFB00020' } } },
  note: { font: { italic: true, color: { argb: 'FF5A6B7B' } } },
};

/** Status fills of the routes grid (pale, so the text stays readable in print). */
export const FILLS = {
  gap: fill('FFFDE2E1'),
  conflict: fill('FFFFE8CC'),
  resolved: fill('FFE6F4EA'),
} as const;
