import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
// Plain-JS tools shared with `npm start`: where the binary is, and the Electron build of better-sqlite3.
import { electronVersion, findElectronBinary, MISSING_ELECTRON } from '../../electron/tools/electronBinary.mjs';
import { buildNativeForElectron, nativeIsCurrent } from '../../electron/tools/nativeModule.mjs';

const binary = findElectronBinary();
const root = path.resolve('.');

if (!binary) {
  // Printed so the skip is never silent in CI output.
  console.log(`[electron smoke] skipped: ${MISSING_ELECTRON}`);
}

test.describe('Electron shell', () => {
  test.skip(!binary, MISSING_ELECTRON);

  test('opens the library window with a locked-down renderer and creates a workshop', async () => {
    if (!nativeIsCurrent(root, electronVersion())) await buildNativeForElectron(root, electronVersion());
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesmap-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [root],
      env: { ...process.env, SALESMAP_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle('Salesmap');
      // The security checklist, seen from the page: no Node, a typed bridge, our own origin.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => typeof window.salesmap?.dispatch)).toBe('function');
      expect(new URL(page.url()).protocol).toBe('app:');
      const info = await page.evaluate(() => window.salesmap!.appInfo({}));
      expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
      await page.getByRole('button', { name: /New workshop|新建研讨会/ }).click();
      await page.getByRole('button', { name: /^(Create|创建)$/ }).click();
      await expect(page.getByRole('navigation', { name: /Boards|看板/ })).toBeVisible();
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('prints the report to a PDF where the save dialog says, written whole', async () => {
    if (!nativeIsCurrent(root, electronVersion())) await buildNativeForElectron(root, electronVersion());
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesmap-electron-'));
    const target = path.join(dataDir, 'report');
    const app = await electron.launch({
      executablePath: binary!,
      args: [root],
      env: { ...process.env, SALESMAP_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
    });
    try {
      // The native dialog cannot be clicked by a test: it answers with a path typed without ".pdf".
      await app.evaluate(({ dialog }, filePath) => {
        const answer = async () => ({ canceled: false, filePath });
        (dialog as unknown as { showSaveDialog: typeof answer }).showSaveDialog = answer;
      }, target);
      const page = await app.firstWindow();
      await page.getByRole('button', { name: /New workshop|新建研讨会/ }).click();
      await page.getByRole('button', { name: /^(Create|创建)$/ }).click();
      await expect(page.getByRole('navigation', { name: /Boards|看板/ })).toBeVisible();
      // Ctrl+P (the File menu's "Print report (PDF)…" has the same accelerator): the report, saved as a PDF.
      await page.keyboard.press('Control+P');
      await expect(page.locator('.report-view[data-ready="true"]')).toBeVisible();
      await expect.poll(() => fs.existsSync(`${target}.pdf`), { timeout: 30_000 }).toBe(true);
      expect(fs.readFileSync(`${target}.pdf`).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Nothing but the PDF: no temporary file left beside it.
      expect(fs.readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
