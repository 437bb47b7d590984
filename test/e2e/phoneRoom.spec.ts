import type { Page } from '@playwright/test';
import { createWorkshop, expect, test } from './fixtures';
import { phoneOnWifi } from './wifiPhone';

/**
 * The room's shared view on a participant's phone: every board the projector can show is laid out
 * for the phone (its own reading size, nothing wider than the screen but a deliberate sideways
 * scroller, no text cut off), and the ballot folds to a bar so the board behind it can be read.
 */

const BOARDS = ['议程', '客户分群', '覆盖模式', '市场通路', '销售方法', '商机演练', '例会节奏'] as const;
const SLUGS = ['agenda', 'segments', 'coverage', 'routes', 'method', 'opportunities', 'cadence'] as const;

/** What a reader of the phone would notice: small type, text off the screen or cut off. */
async function phoneProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const problems: string[] = [];
    const where = (e: Element) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} «${(e.textContent ?? '').trim().slice(0, 30)}»`;
    /** Inside a sideways scroller the page meant to have (overflow-x auto/scroll), or clipped by one. */
    const inScroller = (e: Element) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        // The board area scrolls because the board is long; a board wider than the phone is no scroller's doing.
        if (p.matches('.board-area')) return false;
        const ox = getComputedStyle(p).overflowX;
        if ((ox === 'auto' || ox === 'scroll') && p.getBoundingClientRect().width <= vw + 1) return true;
      }
      return false;
    };
    if (document.documentElement.scrollWidth > vw + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
    for (const e of document.body.querySelectorAll('*')) {
      if (e.closest('svg, [aria-hidden="true"], .sr-only, .visually-hidden')) continue;
      const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own) continue;
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      // Kept for screen readers only (a 1 px clipped box): nobody reads it on the screen.
      if (r.width <= 1 || r.height <= 1 || style.visibility === 'hidden' || style.clipPath !== 'none') continue;
      const fs = parseFloat(style.fontSize);
      // A column squeezed to a character or two per line: legible letters, unreadable words.
      if (r.width < 2.5 * fs && (e.textContent ?? '').trim().length >= 4 && r.height > 3.5 * fs) problems.push(`squeezed to ${Math.round(r.width)} px: ${where(e)}`);
      if (fs < 16) problems.push(`${parseFloat(style.fontSize).toFixed(1)} px: ${where(e)}`);
      if ((r.right > vw + 1 || r.left < -1) && !inScroller(e)) problems.push(`off the screen (${Math.round(r.left)}–${Math.round(r.right)} of ${vw}): ${where(e)}`);
      if (style.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll') problems.push(`cut off: ${where(e)}`);
    }
    return [...new Set(problems)].slice(0, 15);
  });
}

test('the room’s shared view on a phone: each board readable in portrait and landscape, the ballot folds to a bar', async ({ page, host, browser }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await createWorkshop(page, { name: '手机看板' });
  const nav = page.getByRole('navigation', { name: '看板' });
  await nav.getByRole('link', { name: '客户分群' }).click();

  await page.getByRole('button', { name: '投票', exact: true }).click();
  const votes = page.getByRole('complementary', { name: '投票 · 客户分群' });
  const form = votes.getByRole('form', { name: '新建投票' });
  await form.getByRole('textbox', { name: '问题', exact: true }).fill('明年先攻哪个客户群？');
  await form.getByLabel('每组点数').fill('3');
  await form.getByRole('button', { name: '开始投票' }).click();
  await expect(votes.getByRole('region', { name: '明年先攻哪个客户群？' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '共享', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '只读共享给会场' });
  await dialog.getByRole('checkbox', { name: /允许与会者用手机投票/ }).check();
  await dialog.getByRole('button', { name: '开始共享' }).click();
  const url = await dialog.getByRole('textbox', { name: '会场访问地址' }).inputValue();
  await dialog.getByRole('button', { name: '关闭' }).click();

  const portrait = await phoneOnWifi(browser, url, { width: 390, height: 844 }, { hasTouch: true });
  const landscape = await phoneOnWifi(browser, url, { width: 844, height: 390 });
  const english = await phoneOnWifi(browser, url, { width: 390, height: 844 }, { locale: 'en' });
  const phone = await portrait.context.newPage();
  const wide = await landscape.context.newPage();
  const en = await english.context.newPage();
  await Promise.all([phone.goto(portrait.url), wide.goto(landscape.url), en.goto(english.url)]);

  // The ballot: a bar that names what is left, folded and unfolded by touch and by keyboard.
  const ballot = phone.getByRole('region', { name: '你的选票' });
  const toggle = ballot.getByRole('button', { name: '你的选票 · 还剩 3 个点' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await ballot.getByRole('button', { name: '给中型企业一个点' }).tap();
  const bar = ballot.getByRole('button', { name: '你的选票 · 还剩 2 个点' });
  await bar.tap();
  await expect(bar).toHaveAttribute('aria-expanded', 'false');
  await expect(ballot.getByRole('button', { name: '给中型企业一个点' })).toBeHidden();
  const folded = await ballot.boundingBox();
  expect(folded!.height).toBeLessThanOrEqual(80);
  const barSize = await bar.evaluate((e) => [parseFloat(getComputedStyle(e).fontSize), e.getBoundingClientRect().height]);
  expect(barSize[0]).toBeGreaterThanOrEqual(18);
  expect(barSize[1]).toBeGreaterThanOrEqual(44);
  await bar.focus();
  await phone.keyboard.press('Enter');
  await expect(bar).toHaveAttribute('aria-expanded', 'true');
  await expect(ballot.getByRole('button', { name: '给中型企业一个点' })).toBeVisible();
  await phone.keyboard.press('Space');
  await expect(bar).toHaveAttribute('aria-expanded', 'false');
  await wide.getByRole('region', { name: '你的选票' }).getByRole('button', { name: /^你的选票 · 还剩/ }).click();

  for (const [i, board] of BOARDS.entries()) {
    await nav.getByRole('link', { name: board }).click();
    for (const p of [phone, wide]) {
      await expect(p.getByRole('main', { name: board })).toBeVisible();
      await p.waitForTimeout(700);
      expect.soft(await phoneProblems(p), `${board} at ${p.viewportSize()!.width}×${p.viewportSize()!.height}`).toEqual([]);
    }
    await phone.screenshot({ path: `test-results/phone-${SLUGS[i]}-folded.png` });
    await bar.click();
    await expect(bar).toHaveAttribute('aria-expanded', 'true');
    expect.soft(await phoneProblems(phone), `${board} with the ballot open`).toEqual([]);
    await phone.screenshot({ path: `test-results/phone-${SLUGS[i]}-ballot.png` });
    await bar.click();
    await wide.screenshot({ path: `test-results/phone-${SLUGS[i]}-landscape.png` });
  }
  await expect(en.getByRole('main', { name: 'Review cadence' })).toBeVisible();
  await en.waitForTimeout(500);
  await en.getByRole('region', { name: 'Your ballot' }).getByRole('button', { name: 'Your ballot · 3 dots left' }).click();
  expect(await phoneProblems(en), 'in English').toEqual([]);
  await en.screenshot({ path: 'test-results/phone-cadence-en-folded.png' });

  // A new vote opens expanded, even on a phone that had folded the last one.
  await nav.getByRole('link', { name: '客户分群' }).click();
  // The panel may still be open from the first vote: the button toggles it.
  if (!(await votes.isVisible())) await page.getByRole('button', { name: '投票', exact: true }).click();
  await votes.getByRole('button', { name: '结束投票并显示结果' }).click();
  await expect(ballot).toHaveCount(0);
  // With a vote on the list, the form opens from its button.
  await votes.getByRole('button', { name: '新建投票', exact: true }).click();
  const next = votes.getByRole('form', { name: '新建投票' });
  await next.getByRole('textbox', { name: '问题', exact: true }).fill('哪个客户群最难？');
  await next.getByRole('button', { name: '开始投票' }).click();
  await expect(ballot.getByRole('button', { name: '你的选票 · 还剩 3 个点' })).toHaveAttribute('aria-expanded', 'true');
  await expect(ballot).toContainText('哪个客户群最难？');

  await Promise.all([portrait.close(), landscape.close(), english.close()]);
});
