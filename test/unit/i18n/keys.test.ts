import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { NAMESPACES, resources } from '../../../renderer/i18n/resources';

type Tree = { [k: string]: string | string[] | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): string[] {
  // A list of strings (returnObjects) is one translation, not a folder of keys.
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' || Array.isArray(v) ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));
}
/** Plural forms differ by language (Chinese has only "other"): compare the base key. */
const keysOf = (tree: Tree) => new Set(flatten(tree).map((k) => k.replace(PLURAL, '')));
const tree = (lang: 'en' | 'zh-CN', ns: string) => (resources[lang] as unknown as Record<string, Tree>)[ns]!;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

/** Every static key the renderer asks for: t('key'), t('ns:key'), with the file's useTranslation namespace. */
function usedKeys(): Array<{ file: string; ns: string; key: string; prefixOnly: boolean }> {
  const out: Array<{ file: string; ns: string; key: string; prefixOnly: boolean }> = [];
  for (const file of sourceFiles('renderer')) {
    const src = fs.readFileSync(file, 'utf8');
    // The file's namespace: from useTranslation('ns'), a t typed TFunction<'ns'>, a t bound with
    // i18next.t(`ns:${key}`), or else the board folder it lives in (renderer/boards/<ns>/…, or
    // renderer/facilitation/…, whose exports translate with the facilitation namespace).
    const nsMatch =
      /useTranslation\(\s*(?:\[\s*)?['"]([\w-]+)['"]/.exec(src) ??
      /TFunction<\s*['"]([\w-]+)['"]/.exec(src) ??
      /i18next\.t\(\s*`([\w-]+):\$\{/.exec(src);
    const folderMatch = /renderer[\\/](?:boards[\\/]([\w-]+)|(facilitation)[\\/])/.exec(file);
    const folder = folderMatch?.[1] ?? folderMatch?.[2];
    const defaultNs = nsMatch?.[1] ?? (folder && (NAMESPACES as readonly string[]).includes(folder) ? folder : 'common');
    for (const m of src.matchAll(/\bt\(\s*(['"`])([^'"`$]+)(\$\{)?/g)) {
      const raw = m[2]!;
      const dynamic = m[1] === '`' && m[3] !== undefined;
      const [ns, key] = raw.includes(':') ? (raw.split(':') as [string, string]) : [defaultNs, raw];
      out.push({ file, ns, key: dynamic ? key.replace(/\.$/, '') : key, prefixOnly: dynamic });
    }
  }
  return out;
}

describe('translations', () => {
  it.each(NAMESPACES)('namespace %s has the same keys in zh-CN and en, none empty', (ns) => {
    const en = keysOf(tree('en', ns));
    const zh = keysOf(tree('zh-CN', ns));
    expect([...en].filter((k) => !zh.has(k)), 'missing in zh-CN').toEqual([]);
    expect([...zh].filter((k) => !en.has(k)), 'missing in en').toEqual([]);
    for (const lang of ['en', 'zh-CN'] as const) {
      const empty = flatten(tree(lang, ns)).filter((k) => {
        const v = k.split('.').reduce<string | string[] | Tree | undefined>((t, p) => (typeof t === 'object' && !Array.isArray(t) ? t[p] : undefined), tree(lang, ns));
        return (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.some((x) => x.trim() === ''));
      });
      expect(empty, `empty strings in ${lang}/${ns}`).toEqual([]);
    }
  });

  it('every key the renderer uses exists in both languages', () => {
    const missing: string[] = [];
    for (const use of usedKeys()) {
      for (const lang of ['en', 'zh-CN'] as const) {
        if (!(NAMESPACES as readonly string[]).includes(use.ns)) {
          missing.push(`${use.file}: unknown namespace ${use.ns}`);
          continue;
        }
        const keys = flatten(tree(lang, use.ns)).map((k) => k.replace(PLURAL, ''));
        const found = use.prefixOnly ? keys.some((k) => k.startsWith(`${use.key}.`) || k.startsWith(use.key)) : keys.includes(use.key);
        if (!found) missing.push(`${use.file}: ${lang} ${use.ns}:${use.key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(usedKeys().length).toBeGreaterThan(50);
  });

  it('every error code has a message in both languages', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const keys = keysOf(tree(lang, 'errors'));
      expect(ERROR_CODES.filter((c) => !keys.has(c)), lang).toEqual([]);
    }
  });
});
