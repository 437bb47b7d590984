import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

/**
 * What the back row of a meeting room cannot read, measured in the page as Chromium lays it out:
 * text smaller than the projector bar, text under 7:1 against what is actually painted behind it,
 * text off the screen with no way to scroll to it, English words broken mid-word, one Chinese
 * character alone on its line, names cut with "…". One call checks one screen.
 */
export interface Finding {
  kind: 'size' | 'contrast' | 'offscreen' | 'midword' | 'midname' | 'orphan' | 'ellipsis' | 'scrolls' | 'focus' | 'axe';
  text: string;
  detail: string;
}

export interface AuditOptions {
  /** Smallest font size in CSS px that passes (24 px at 1920 wide, proportionally smaller). */
  minPx: number;
  /** Smallest contrast ratio that passes. */
  minContrast: number;
  /** True: the board must show whole (no scroll container in it may need scrolling). */
  mustFit: boolean;
  /** Where to look (a dialog when one is open); the whole document otherwise. */
  scope?: string;
  /**
   * With mustFit: the boxes that must show whole. The board and the projector's panels over it
   * (a vote, the notes, a comparison) unless told: nobody scrolls the room's screen.
   */
  fit?: string;
}

/** The in-page half: runs in the browser, no imports. */
function auditInPage(opts: AuditOptions): Finding[] {
  type RGBA = [number, number, number, number];
  const findings: Finding[] = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const root = (opts.scope ? document.querySelector(opts.scope) : document.body) ?? document.body;

  const parse = (c: string): RGBA => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return [0, 0, 0, 0];
    const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0]!, p[1]!, p[2]!, p.length > 3 ? p[3]! : 1];
  };
  const over = (top: RGBA, under: RGBA): RGBA => {
    const a = top[3] + under[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const lum = (c: RGBA) => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
  };
  const ratio = (a: RGBA, b: RGBA) => {
    const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  };
  const hex = (c: RGBA) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  const opacityOf = (el: Element | null) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };

  /** The colour painted behind a point: the elements under it, top first, until an opaque one. */
  const backgroundAt = (el: Element, x: number, y: number): RGBA | null => {
    let stack = document.elementsFromPoint(x, y);
    const i = stack.indexOf(el);
    stack = i >= 0 ? stack.slice(i) : [];
    if (!stack.length) for (let e: Element | null = el; e; e = e.parentElement) stack.push(e);
    const layers: RGBA[] = [];
    for (const e of stack) {
      const s = getComputedStyle(e);
      if (s.backgroundImage !== 'none' && !s.backgroundImage.startsWith('url(')) return null; // a gradient: not measured here
      const bg = parse(s.backgroundColor);
      if (bg[3] > 0) layers.push([bg[0], bg[1], bg[2], bg[3] * Number(s.opacity)]);
      if (bg[3] >= 1 && Number(s.opacity) >= 1) break;
    }
    let c: RGBA = [255, 255, 255, 1];
    for (const l of layers.reverse()) c = over(l, c);
    return c;
  };

  /** True when a scroll container around `el` can bring the rect into view. */
  const scrollable = (el: Element) => {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      const canY = /(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
      const canX = /(auto|scroll)/.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
      if (canX || canY) return e;
    }
    return null;
  };

  const label = (t: string) => t.replace(/\s+/g, ' ').trim().slice(0, 40);
  const seenEllipsis = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.textContent ?? '';
    if (!text.trim()) continue;
    const el = node.parentElement;
    if (!el || el.closest('dialog:not([open]), noscript, script, style, template, option, select')) continue;
    // The chart library's ruler: a hidden span far above the page that it measures label widths in.
    if (el.closest('#recharts_measurement_span')) continue;
    if (!opts.scope && document.querySelector('dialog[open]') && !el.closest('dialog[open]')) continue; // behind a modal
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    if (!rects.length) continue;
    const s = getComputedStyle(el);
    if (s.visibility !== 'visible') continue;
    // Screen-reader-only text (clipped to a pixel) is not seen.
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const alpha = opacityOf(el);
    if (alpha === 0) continue;
    const t = label(text);

    // Off the screen: outside the window, or clipped by a box that does not scroll to it.
    const r = rects[0]!;
    const inView = r.right > 0 && r.bottom > 0 && r.left < vw && r.top < vh;
    let clipped = false;
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
      const b = e.getBoundingClientRect();
      if (r.left >= b.right - 1 || r.right <= b.left + 1 || r.top >= b.bottom - 1 || r.bottom <= b.top + 1) {
        clipped = true;
        break;
      }
    }
    const scroller = !inView || clipped ? scrollable(el) : null;
    if ((!inView || clipped) && !scroller) {
      findings.push({ kind: 'offscreen', text: t, detail: `at ${Math.round(r.left)},${Math.round(r.top)}` });
      continue;
    }
    if (!inView || clipped) continue; // reachable by scrolling; measured when on screen

    const px = parseFloat(s.fontSize);
    if (px < opts.minPx - 0.05) findings.push({ kind: 'size', text: t, detail: `${px.toFixed(1)} px` });

    const bg = backgroundAt(el, Math.min(vw - 1, Math.max(0, r.left + r.width / 2)), Math.min(vh - 1, Math.max(0, r.top + r.height / 2)));
    if (bg) {
      const fill = el instanceof SVGElement ? s.fill : s.color;
      const fg = parse(fill === 'none' ? s.color : fill);
      const shown = over([fg[0], fg[1], fg[2], fg[3] * alpha], bg);
      const c = ratio(shown, bg);
      if (c < opts.minContrast - 0.005) findings.push({ kind: 'contrast', text: t, detail: `${c.toFixed(2)}:1 (${hex(shown)} on ${hex(bg)})` });
    }

    // A name cut with "…".
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1 && !seenEllipsis.has(e)) {
        seenEllipsis.add(e);
        findings.push({ kind: 'ellipsis', text: label(e.textContent ?? ''), detail: 'cut with …' });
      }
      if (cs.webkitLineClamp && cs.webkitLineClamp !== 'none' && e.scrollHeight > e.clientHeight + 1 && !seenEllipsis.has(e)) {
        seenEllipsis.add(e);
        findings.push({ kind: 'ellipsis', text: label(e.textContent ?? ''), detail: 'clamped with …' });
      }
    }

    // Line breaks: an English word split over two lines; one Chinese character alone on the last.
    const lines = new Set(rects.map((x) => Math.round(x.top)));
    if (lines.size > 1 || rects.length > 1) {
      const word = /[A-Za-z]{2,}/g;
      for (let m = word.exec(text); m; m = word.exec(text)) {
        const wr = document.createRange();
        wr.setStart(node, m.index);
        wr.setEnd(node, m.index + m[0].length);
        const tops = new Set([...wr.getClientRects()].filter((x) => x.width > 0.5).map((x) => Math.round(x.top)));
        if (tops.size > 1) findings.push({ kind: 'midword', text: t, detail: `“${m[0]}” broken over lines` });
      }
      const trimmed = text.trimEnd();
      const last = trimmed.length - 1;
      if (last >= 1 && /\p{Script=Han}/u.test(trimmed[last]!)) {
        const top = (i: number) => {
          const cr = document.createRange();
          cr.setStart(node!, i);
          cr.setEnd(node!, i + 1);
          return Math.round(cr.getBoundingClientRect().top);
        };
        let before = last - 1;
        while (before > 0 && /[\s，。、：；？！）」』”]/.test(trimmed[before]!)) before--;
        if (top(last) > top(before) + 1 && /\p{Script=Han}/u.test(trimmed[before]!)) {
          findings.push({ kind: 'orphan', text: t, detail: `“${trimmed[last]}” alone on the last line` });
        }
      }
    }
  }

  // The projector layout shows the whole board: nothing in it waits behind a scroll bar.
  if (opts.mustFit) {
    const boxes = [...document.querySelectorAll(opts.fit ?? '.board-area, .projector .projected-panel, .projector .breakout-panel')];
    for (const e of boxes.flatMap((box) => [box, ...box.querySelectorAll('*')])) {
      const cs = getComputedStyle(e);
      const y = /(auto|scroll)/.test(cs.overflowY) && e.scrollHeight > e.clientHeight + 2;
      const x = /(auto|scroll)/.test(cs.overflowX) && e.scrollWidth > e.clientWidth + 2;
      if (x || y) {
        const name = e.getAttribute('aria-label') ?? e.className.toString();
        findings.push({ kind: 'scrolls', text: label(name), detail: `${x ? `${e.scrollWidth - e.clientWidth} px sideways ` : ''}${y ? `${e.scrollHeight - e.clientHeight} px down` : ''}` });
      }
    }
    const doc = document.documentElement;
    if (!opts.fit && doc.scrollHeight > vh + 1 || doc.scrollWidth > vw + 1) findings.push({ kind: 'scrolls', text: 'window', detail: `${doc.scrollWidth}×${doc.scrollHeight}` });
  }
  return findings;
}

export async function auditScreen(page: Page, opts: AuditOptions): Promise<Finding[]> {
  const findings = await page.evaluate(auditInPage, opts);
  // Behind an open dialog the board is not read; in a dialog, its names.
  const scope = opts.scope ?? (await page.locator('dialog[open]').count() ? 'dialog[open]' : 'body');
  return [...findings, ...brokenNames(await nameLines(page.locator(scope).locator(NAME_SELECTOR)))];
}

/** The names the room reads in narrow boxes: motions, segments and their owners, offerings, routes, stages. */
export const NAME_SELECTOR = '.motion-name, .segment-chip .chip-name, .segment-owner, .header-name, .route-chip .route-name, .opp-column-head h3';

/** In the page: each shown name's text as laid out, one string per line (each character by its own box). */
function nameLinesInPage(elements: Element[]): Array<{ name: string; lines: string[] }> {
  const out: Array<{ name: string; lines: string[] }> = [];
  for (const el of elements) {
    if (el.closest('dialog:not([open])') || el.getBoundingClientRect().width <= 1) continue;
    const lines: Array<{ top: number; text: string }> = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = [...range.getClientRects()].find((r) => r.width > 0.5);
        const last = lines[lines.length - 1];
        // A space at a line's end takes no room: it stays with the line it ends.
        if (!box) {
          if (last) last.text += text[i];
          continue;
        }
        // Lower than the last line's middle: a new line (not a taller glyph on the same one).
        if (last && box.top < last.top + box.height / 2) last.text += text[i];
        else lines.push({ top: box.top, text: text[i]! });
      }
    }
    out.push({ name: (el.textContent ?? '').trim(), lines: lines.map((l) => l.text) });
  }
  return out;
}

/** Each name's rendered lines ("专属客户主管/" · "总监"). */
export function nameLines(names: Locator): Promise<Array<{ name: string; lines: string[] }>> {
  return names.evaluateAll(nameLinesInPage);
}

/** A line ends after a space or one of the name's separators ("/", "·", "、", "：", a dash), or the next opens a bracket. */
export const breaksAtSeparator = (line: string, next: string) => /[\s/／·・、，,：:\-–—|｜&+]$/.test(line) || /^[\s(（[【「《〈]/.test(next);

/**
 * A name broken inside a word: Chinese may break between any two characters, a name must not
 * ("专属客户主" / "管/总监" reads as two other words).
 */
export function brokenNames(names: Array<{ name: string; lines: string[] }>): Finding[] {
  return names
    .filter(({ lines }) => lines.some((line, i) => i + 1 < lines.length && !breaksAtSeparator(line, lines[i + 1]!)))
    .map(({ name, lines }) => ({ kind: 'midname' as const, text: name.slice(0, 40), detail: `broken inside a word: ${lines.map((l) => `“${l}”`).join(' / ')}` }));
}

/** WCAG 2.2 A and AA, as axe-core checks them; one finding per violated rule and element. */
export async function axeFindings(page: Page, include?: string): Promise<Finding[]> {
  // label-content-name-mismatch (WCAG 2.5.3) is "experimental" in axe, so off unless asked for.
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .options({ resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
  if (include) builder = builder.include(include);
  const t = Date.now();
  const result = await builder.analyze();
  if (process.env.ROOM_TIMING) console.log(`axe ${include ?? 'page'} ${Date.now() - t} ms`);
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => ({ kind: 'axe' as const, text: v.id, detail: `${v.impact ?? ''} ${n.target.join(' ')}`.slice(0, 160) })),
  );
}

/** "segments 1920 en full: 12 size, 3 contrast" and the first few of each kind. */
export function summarise(where: string, findings: Finding[]): string {
  const byKind = new Map<string, Finding[]>();
  for (const f of findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  const head = [...byKind].map(([k, list]) => `${list.length} ${k}`).join(', ');
  const examples = [...byKind].flatMap(([, list]) => list.slice(0, 3).map((f) => `    ${f.kind}: “${f.text}” ${f.detail}`));
  return [`${where}: ${head || 'ok'}`, ...examples].join('\n');
}
