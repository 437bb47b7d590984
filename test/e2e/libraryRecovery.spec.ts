import fs from 'node:fs';
import path from 'node:path';
import { createWorkshop, expect, test } from './fixtures';

/**
 * Issue 13, item 5, as the consultant sees it: a library file left empty by a crash is reported
 * with its backups, not replaced by an empty library; restoring brings the workshops back and
 * keeps the empty file aside.
 */
test('an empty library file is reported with its backups, and the latest one restores the workshops', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流' });
  await host.restart(); // opening an existing library takes a backup
  await host.restart({
    hard: true,
    whileStopped: () => {
      const file = path.join(host.dataDir, 'salesmap.db');
      for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
      fs.writeFileSync(file, '');
    },
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '无法打开研讨会库' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('研讨会库文件为空（0 字节）');
  await expect(page.getByRole('button', { name: '恢复最近的备份' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('empty-library.png') });

  await page.getByRole('button', { name: '恢复最近的备份' }).click();
  await expect(page.getByRole('table', { name: '研讨会' }).getByRole('row', { name: /海格物流 · 销售转型研讨会/ })).toBeVisible();
  await expect(page.getByRole('status').getByText(/备份已恢复。被替换的文件已保留为/)).toBeVisible();
  const kept = fs.readdirSync(host.dataDir).filter((f) => f.startsWith('salesmap-before-restore-'));
  expect(kept).toHaveLength(1);
  expect(fs.statSync(path.join(host.dataDir, kept[0]!)).size).toBe(0);
});
