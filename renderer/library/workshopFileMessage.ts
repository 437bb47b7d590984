import { ApiError } from '../api/apiError';
import { i18next } from '../i18n';
import { errorText } from '../ui/errors';

const t = (key: string, values?: Record<string, unknown>) => i18next.t(`library:${key}`, values) as string;

/** A record kind in the user's words, with its name when it has one ("客户“深圳华信”"). */
function kindOf(type: unknown, name: unknown): string {
  const kind = t(`openFile.kinds.${i18next.exists(`library:openFile.kinds.${String(type)}`) ? String(type) : 'record'}`);
  return typeof name === 'string' && name !== '' ? t('openFile.kindNamed', { kind, name }) : kind;
}

/** A field in the user's words; an internal name the user has no word for is never shown raw. */
function fieldOf(field: unknown): string {
  const f = String(field ?? '');
  if (f && i18next.exists(`library:openFile.fields.${f}`)) return t(`openFile.fields.${f}`);
  if (f && i18next.exists(`common:fields.${f}`)) return i18next.t(`common:fields.${f}`);
  return t('openFile.fields.unknown');
}

/**
 * Why a file the user picked was not opened, in the user's language, naming the file: the
 * service says what is wrong as data (reasonKey and values, shared/export/workshopFileRefusals.ts),
 * and the words are chosen here.
 */
export function workshopFileRefusal(e: unknown): string {
  if (!(e instanceof ApiError) || e.code !== 'damaged_workshop_file') return errorText(e);
  const p = e.params ?? {};
  const key = String(p.reasonKey ?? '');
  if (!i18next.exists(`library:openFile.damage.${key}`)) return errorText(e);
  const number = new Intl.NumberFormat(i18next.language);
  const count = typeof p.count === 'number' ? p.count : 0;
  let reason = t(`openFile.damage.${key}`, {
    ...p,
    index: typeof p.index === 'number' ? number.format(p.index) : '',
    kind: kindOf(p.recordType, p.recordName),
    expected: t(`openFile.expected.${i18next.exists(`library:openFile.expected.${String(p.expected)}`) ? String(p.expected) : 'record'}`),
    field: fieldOf(p.field),
  });
  const more = p.atLeast ? 'moreAtLeast' : 'more';
  if (count > 1) reason = t(`openFile.damage.${more}`, { reason, count: count - 1 });
  return i18next.t('errors:damaged_workshop_file', { file: p.file, reason });
}
