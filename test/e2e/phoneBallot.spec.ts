import { createWorkshop, expect, test } from './fixtures';
import { phoneOnWifi } from './wifiPhone';

/**
 * Phone ballots: the room's read-only share with the voting-only permission. A participant's
 * phone (another browser context reaching the room's listener on 127.0.0.2 by a Wi-Fi name, so
 * over plain http and not a secure context, as a real phone is) casts an anonymous ballot in the
 * open vote and can do nothing else; the laptop's result counts it.
 */
test('a participant’s phone casts one ballot in the open vote through the room share, and nothing else', async ({ page, host, browser }) => {
  await page.goto(host.url);
  await createWorkshop(page, { name: '手机投票' });
  const workshopId = decodeURIComponent(/#\/w\/([^/]+)/.exec(page.url())![1]!);
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();

  // The facilitator opens a vote (results hidden until closed).
  await page.getByRole('button', { name: '投票', exact: true }).click();
  const votes = page.getByRole('complementary', { name: '投票 · 客户分群' });
  const form = votes.getByRole('form', { name: '新建投票' });
  await form.getByRole('textbox', { name: '问题', exact: true }).fill('明年先攻哪个客户群？');
  await form.getByLabel('每组点数').fill('2');
  await form.getByRole('button', { name: '开始投票' }).click();
  const vote = votes.getByRole('region', { name: '明年先攻哪个客户群？' });
  await expect(vote).toContainText('已投 0 个点');

  // Share to the room with the voting permission.
  await page.getByRole('button', { name: '共享', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '只读共享给会场' });
  await dialog.getByRole('checkbox', { name: /允许与会者用手机投票/ }).check();
  await dialog.getByRole('button', { name: '开始共享' }).click();
  const address = dialog.getByRole('textbox', { name: '会场访问地址' });
  await expect(address).toHaveValue(/^http:\/\/127\.0\.0\.2:\d+\/\?token=[\w-]+&ballot=1#\/present\//);
  await expect(dialog).toContainText('手机可以在进行中的投票里投票。');
  const url = await address.inputValue();
  await dialog.getByRole('button', { name: '关闭' }).click();

  const phone = await phoneOnWifi(browser, url);
  const participant = await phone.context.newPage();
  await participant.goto(phone.url);
  // What a phone on the room's Wi-Fi gets: http to a LAN name is no secure context.
  expect(await participant.evaluate(() => [window.isSecureContext, typeof crypto.randomUUID])).toEqual([false, 'undefined']);
  const ballot = participant.getByRole('region', { name: '你的选票' });
  await expect(ballot).toContainText('明年先攻哪个客户群？');
  await ballot.getByRole('button', { name: '给中型企业一个点' }).click();
  await ballot.getByRole('button', { name: '给中型企业一个点' }).click();
  await expect(ballot).toContainText('还剩 0 个点');
  await expect(ballot.getByRole('button', { name: '给超大型客户一个点' })).toBeDisabled();
  // Readable on a phone: the ballot's words are at least 18 px, its buttons a thumb's height.
  const sizes = await ballot.getByRole('button', { name: '给中型企业一个点' }).evaluate((e) => [parseFloat(getComputedStyle(e).fontSize), e.getBoundingClientRect().height]);
  expect(sizes[0]).toBeGreaterThanOrEqual(18);
  expect(sizes[1]).toBeGreaterThanOrEqual(44);
  await participant.screenshot({ path: 'test-results/phone-ballot.png' });
  await ballot.getByRole('button', { name: '投出选票（2 个点）' }).click();
  await expect(ballot.getByRole('status')).toHaveText('你的选票已投出。选票匿名；投票结束前可以修改。');
  // A phone that reloads (it slept, the Wi-Fi dropped) shows the ballot it cast, not a blank one.
  await participant.reload();
  await expect(ballot.getByRole('status')).toHaveText('你的选票已投出。选票匿名；投票结束前可以修改。');
  await expect(ballot).toContainText('还剩 0 个点');
  await expect(ballot.getByRole('button', { name: '从中型企业收回一个点' })).toBeEnabled();
  await expect(ballot.getByRole('button', { name: '重新投票（替换我的选票）' })).toBeVisible();

  // The laptop counts it (still hidden), and Ctrl+Z there does not take a phone's ballot back.
  await expect(vote).toContainText('1 张手机选票');
  await expect(vote).toContainText('已投 2 个点');

  // Through the room's listener, every other write is refused.
  const refused = await participant.evaluate(async ({ workshopId }) => {
    const token = new URLSearchParams(location.search).get('token')!;
    const call = (method: string, body: unknown) =>
      fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': token }, body: JSON.stringify(body) }).then((r) => r.json());
    return Promise.all([
      call('dispatch', { workshopId, command: { type: 'segment.add', values: { name: '手机加的' } } }),
      call('dispatch', { workshopId, command: { type: 'vote.close', id: 'x' } }),
      call('undo', { workshopId }),
    ]);
  }, { workshopId });
  for (const r of refused) expect(r).toMatchObject({ ok: false, error: { code: 'read_only' } });

  // Closed: the result counts the phone's dots, and the phone's ballot goes away.
  await vote.getByRole('button', { name: '结束投票并显示结果' }).click();
  await expect(vote.getByRole('list', { name: '结果' }).getByRole('listitem').nth(0)).toHaveAccessibleName('第 1 名 中型企业：2 个点');
  await expect(ballot).toHaveCount(0);
  await phone.close();
});
