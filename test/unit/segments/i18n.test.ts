import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/locales/en/segments.json';
import zh from '../../../renderer/i18n/locales/zh-CN/segments.json';
import facilitationEn from '../../../renderer/i18n/locales/en/facilitation.json';
import facilitationZh from '../../../renderer/i18n/locales/zh-CN/facilitation.json';
import commonEn from '../../../renderer/i18n/locales/en/common.json';
import commonZh from '../../../renderer/i18n/locales/zh-CN/common.json';

type Tree = { [k: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}
/** Keys without plural suffixes: Chinese has one plural form, English two. */
const base = (tree: Tree) => new Set(keys(tree).map((k) => k.replace(PLURAL, '')));

const BOARD = path.resolve(__dirname, '../../../renderer/boards/segments');
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'import' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('segments board translations', () => {
  it('has the same keys in English and Chinese', () => {
    expect([...base(zh as Tree)].sort()).toEqual([...base(en as Tree)].sort());
  });

  it('has English plural forms for every counted message', () => {
    const enKeys = keys(en as Tree);
    for (const k of enKeys.filter((k) => k.endsWith('_other'))) expect(enKeys).toContain(k.replace(/_other$/, '_one'));
  });

  it('defines every literal key the board uses, in both languages', () => {
    const used = new Set<string>();
    for (const file of sources(BOARD)) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^'$]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const key of used) {
      const [ns, k] = key.includes(':') ? key.split(':') : ['segments', key];
      const trees: Tree[] = ns === 'common' ? [commonEn, commonZh] : ns === 'segments' ? [en as Tree, zh as Tree] : ns === 'facilitation' ? [facilitationEn, facilitationZh] : [];
      for (const tree of trees) if (!base(tree).has(k!)) missing.push(`${key} (${tree === trees[0] ? 'en' : 'zh-CN'})`);
      if (!trees.length) missing.push(`${key} (unknown namespace)`);
    }
    expect(missing).toEqual([]);
  });

  it('names every palette colour in both languages', () => {
    for (const tree of [en, zh]) expect(Object.keys(tree.colors)).toHaveLength(10);
  });
});
