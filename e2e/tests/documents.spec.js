// The plan's documents: the documents page passes axe and fits 320 px; the grab pack's
// self-contained HTML copy, opened from disk as someone without Weerbaar would, passes axe,
// loads nothing from outside and is searchable text.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { test, expect } = require('@playwright/test');
const { signIn, check, expectAccessible, noSidewaysScroll } = require('./helpers');

async function planUrl(page) {
  await page.goto('/');
  return `${new URL(page.url()).pathname}/plan`;
}

test('documents page and the grab pack HTML pass axe', async ({ page }) => {
  // The pack renders twenty documents in a debug build.
  test.setTimeout(240_000);
  await signIn(page, 'admin@voorbeeld.test');
  const plan = await planUrl(page);
  await check(page, `${plan}/documents`, 'documents page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documenten en noodpakket');
  // Once the background rebuild has kept the pack, its 64-character checksum is on the
  // page: check the narrow screen with it there (it once pushed the page sideways).
  for (let i = 0; i < 60 && !(await page.locator('code.checksum').count()); i++) {
    await page.waitForTimeout(1000);
    await page.reload();
  }
  await expect(page.locator('code.checksum').first()).toBeVisible();
  await noSidewaysScroll(page, `${plan}/documents`);

  const r = await page.request.get(`${plan}/export?format=zip`);
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toBe('application/zip');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-pack-'));
  const zip = path.join(dir, 'pack.zip');
  fs.writeFileSync(zip, await r.body());
  // Python's zipfile: an unzip any machine with the test tools has.
  execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zip, dir]);
  const html = fs.readdirSync(dir).find((f) => f.endsWith('.html'));
  expect(html, 'the pack holds an HTML copy').toBeTruthy();

  const outside = [];
  page.on('request', (req) => {
    if (!req.url().startsWith('file:') && !req.url().startsWith('data:')) outside.push(req.url());
  });
  await page.goto(`file://${path.join(dir, html)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Noodpakket');
  await expect(page.getByRole('heading', { name: 'Herstelvolgorde' }).first()).toBeVisible();
  await expectAccessible(page, 'grab pack HTML');
  expect(outside, 'the HTML copy loads nothing from outside').toEqual([]);
  // The list of contents links to each document inside the file.
  await page.getByRole('navigation').getByRole('link').nth(1).click();
  expect(page.url()).toContain('#doc-2');
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the HTML copy at 320 px').toBeLessThanOrEqual(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
