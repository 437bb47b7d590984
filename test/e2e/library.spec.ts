import fs from 'node:fs';
import path from 'node:path';
import { createWorkshop, expect, startProcess, test } from './fixtures';

test.describe('workshop library', () => {
  test('a new user creates a workshop from the zh-CN template and sees its agenda in Chinese', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByText('还没有研讨会')).toBeVisible();
    await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
    const agenda = page.getByRole('list', { name: '议程环节' });
    await expect(agenda.getByRole('listitem')).toHaveCount(10);
    await expect(agenda.getByRole('listitem', { name: '客户覆盖模式研讨' })).toBeVisible();
    await expect(agenda.getByRole('listitem', { name: '市场通路设计研讨' })).toContainText('16:45–18:00');
    await expect(page.getByRole('navigation', { name: '看板' }).getByRole('link')).toHaveText(['议程', '客户分群', '覆盖模式', '市场通路', '销售方法', '商机演练', '例会节奏']);
  });

  test('rename, reload, restart the host: the workshop is still there', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '研讨会一', client: '海格物流' });
    await page.getByRole('link', { name: '返回研讨会库' }).or(page.getByRole('link', { name: /研讨会库/ })).first().click();
    const table = page.getByRole('table', { name: '研讨会' });
    await expect(table.getByRole('row', { name: /研讨会一/ })).toContainText('海格物流');
    await page.getByRole('button', { name: '重命名 研讨会一' }).click();
    await page.getByRole('dialog').getByLabel('研讨会名称').fill('海格物流 · 华南区研讨会');
    await page.getByRole('dialog').getByRole('button', { name: '重命名' }).click();
    await expect(table.getByRole('row', { name: /华南区研讨会/ })).toBeVisible();
    await page.reload();
    await expect(table.getByRole('row', { name: /华南区研讨会/ })).toBeVisible();
    await host.restart();
    await page.reload();
    await expect(table.getByRole('row', { name: /华南区研讨会/ })).toBeVisible();
  });

  test('duplicate and delete (with confirmation) a workshop', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: 'Alpha' });
    await page.goto(host.url);
    await page.getByRole('button', { name: '复制 Alpha' }).click();
    const table = page.getByRole('table', { name: '研讨会' });
    await expect(table.getByRole('row', { name: /Alpha（副本）/ })).toBeVisible();
    await page.getByRole('button', { name: '删除 Alpha（副本）' }).click();
    const confirm = page.getByRole('dialog', { name: '删除研讨会？' });
    await expect(confirm).toContainText('无法撤销');
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(table.getByRole('row', { name: /Alpha（副本）/ })).toBeVisible();
    await page.getByRole('button', { name: '删除 Alpha（副本）' }).click();
    await confirm.getByRole('button', { name: '删除研讨会' }).click();
    await expect(table.getByRole('row', { name: /Alpha（副本）/ })).toHaveCount(0);
    await expect(table.getByRole('row', { name: /Alpha/ })).toHaveCount(1);
  });

  test('the interface switches to English and remembers it', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await expect(page.getByRole('button', { name: '+ New workshop' })).toBeVisible();
    await createWorkshop(page, { name: 'Haige workshop', language: 'en' });
    await expect(page.getByRole('list', { name: 'Agenda items' }).getByRole('listitem', { name: 'Customer coverage model workshop' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Boards' })).toBeVisible();
  });

  test('a page without the token cannot use the app and says why', async ({ page, host }) => {
    await page.goto(`http://127.0.0.1:${host.port}/`);
    await expect(page.getByRole('heading', { name: '未连接' })).toBeVisible();
  });
});

test.describe('a damaged library', () => {
  test('is reported, kept, and the latest backup restores the workshops', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '重要的研讨会' });
    await host.restart(); // opening an existing library takes a backup
    await host.restart({
      whileStopped: () => {
        const file = path.join(host.dataDir, 'salesmap.db');
        for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
        fs.writeFileSync(file, 'not a database any more');
      },
    });
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: '无法打开研讨会库' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('研讨会库文件已损坏');
    await page.getByRole('button', { name: '恢复最近的备份' }).click();
    await expect(page.getByRole('table', { name: '研讨会' }).getByRole('row', { name: /重要的研讨会/ })).toBeVisible();
    const kept = fs.readdirSync(host.dataDir).filter((f) => f.startsWith('salesmap-before-restore-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(host.dataDir, kept[0]!), 'utf8')).toBe('not a database any more');
  });
});

test.describe('one library, one program', () => {
  test('a second Salesmap on the same library says on its console it is in use, exits, and changes nothing', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '正在使用' });
    // The browser host has nothing to serve without its library: it says why and exits with 1.
    await expect(startProcess(host.dataDir, 0, 'second-token')).rejects.toThrow(/exited 1:[\s\S]*open in another Salesmap/);
    await page.goto(host.url);
    await expect(page.getByRole('table', { name: '研讨会' }).getByRole('row', { name: /正在使用/ })).toBeVisible();
  });
});

test.describe('every window follows the library', () => {
  test('a rename shows in the open workshop; a delete elsewhere closes it with a message', async ({ page, host, context }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '旧名称', client: '海格' });
    const other = await context.newPage();
    await other.goto(host.url);
    await other.getByRole('button', { name: '重命名 旧名称' }).click();
    await other.getByRole('dialog').getByLabel('研讨会名称').fill('新名称');
    await other.getByRole('dialog').getByRole('button', { name: '重命名' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('新名称');
    await other.getByRole('button', { name: '删除 新名称' }).click();
    await other.getByRole('dialog').getByRole('button', { name: '删除研讨会' }).click();
    await expect(page.getByRole('status', { name: '通知' })).toContainText('“新名称”已在另一个窗口中删除');
    await expect(page.getByRole('button', { name: '+ 新建研讨会' })).toBeVisible();
  });
});

test('About tells the version, how it runs and where the library is', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '关于 Salesmap' }).click();
  const about = page.getByRole('dialog', { name: '关于 Salesmap' });
  await expect(about).toContainText('浏览器服务（npm run web）');
  await expect(about).toContainText(host.dataDir);
  await about.getByRole('button', { name: '关闭' }).click();
  await expect(about).toHaveCount(0);
});
