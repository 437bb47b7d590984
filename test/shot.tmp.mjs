import { chromium } from '@playwright/test';
const [url, out, ...steps] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
page.on('console', m => console.log('console:', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(800);
for (const s of steps) { await eval(`(async()=>{ ${s} })()`); await page.waitForTimeout(400); }
await page.screenshot({ path: out });
await browser.close();
