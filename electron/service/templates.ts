import type { TemplateInfo } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { templateSchema, type Template } from '../../shared/templates';
import type { Language } from '../../shared/workshop';
import blankEn from '../../resources/templates/blank.en.json';
import blankZh from '../../resources/templates/blank.zh-CN.json';
import salesEn from '../../resources/templates/sales-transformation.en.json';
import salesZh from '../../resources/templates/sales-transformation.zh-CN.json';
import exampleEn from '../../resources/templates/logistics-example.en.json';
import exampleZh from '../../resources/templates/logistics-example.zh-CN.json';

/**
 * An example workshop (issue 12: a logistics client's accounts, practice opportunities and
 * plans) is a template plus example records: its file names the template it extends (`base`) and
 * holds only the example records, so the template's content is written once. Composed here into
 * an ordinary template, which loadTemplates then checks like any other (references included).
 */
function withBase(overlay: { base: string; records: unknown[]; language: string }, bases: Record<string, { records: unknown[] }>): unknown {
  const { base, ...rest } = overlay;
  const from = bases[`${base}.${overlay.language}`];
  if (!from) throw new Error(`Example template ${base}.${overlay.language} is missing`);
  return { ...rest, records: [...from.records, ...overlay.records] };
}

const BASES = { 'sales-transformation.zh-CN': salesZh, 'sales-transformation.en': salesEn };

/** The template files shipped in resources/templates, bundled so every host finds them. */
export const TEMPLATE_FILES: Record<string, unknown> = {
  'sales-transformation.zh-CN.json': salesZh,
  'sales-transformation.en.json': salesEn,
  'logistics-example.zh-CN.json': withBase(exampleZh, BASES),
  'logistics-example.en.json': withBase(exampleEn, BASES),
  'blank.zh-CN.json': blankZh,
  'blank.en.json': blankEn,
};

/** Parses every template with the record schemas; a broken template is a startup error. */
export function loadTemplates(files: Record<string, unknown> = TEMPLATE_FILES): Template[] {
  return Object.entries(files).map(([file, json]) => {
    const parsed = templateSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`Template ${file} is invalid at ${issue?.path.join('.')}: ${issue?.message}`);
    }
    return parsed.data;
  });
}

export class Templates {
  constructor(private readonly all: Template[]) {}

  list(): TemplateInfo[] {
    return this.all.map(({ id, language, name, description }) => ({ id, language, name, description }));
  }

  /** The template's variant in the workshop's language (templates come in zh-CN and en). */
  pick(id: string, language: Language): Template {
    const t = this.all.find((x) => x.id === id && x.language === language) ?? this.all.find((x) => x.id === id);
    if (!t) throw new AppError('not_found', `No template "${id}"`, { id });
    return t;
  }
}
