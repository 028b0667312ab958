// The toolkit in a real browser: every new page through axe (WCAG 2.1 AA), searching as
// you type and with the plain form, marking adoption, reviewing in a round, and the
// taskforce's pages.
const { test, expect } = require('@playwright/test');
const { signIn, expectAccessible, check, noSidewaysScroll } = require('./helpers');

test('public toolkit pages are accessible', async ({ page }) => {
  test.setTimeout(120_000);
  for (const p of [
    '/toolkit',
    '/toolkit?q=wachtwoorden',
    '/toolkit?q=xyzzy',
    '/toolkit?type=leaflet&topic=phishing',
    '/toolkit?page=2',
    '/toolkit/topics',
    '/toolkit/start',
    '/toolkit/for/it',
    '/toolkit/for/mayor_aldermen',
    '/toolkit/r/backups-that-survive-ransomware',
    '/toolkit/r/backups-that-survive-ransomware?lang=en',
    '/toolkit/r/template-access-rights-review',
    '/toolkit/r/checklist-basic-hygiene-quick-scan',
  ]) {
    await check(page, p);
  }
  await noSidewaysScroll(page, '/toolkit?q=back-ups');
  await noSidewaysScroll(page, '/toolkit/r/template-access-rights-review');
});

test('searching as you type, and by keyboard', async ({ page }) => {
  await page.goto('/toolkit');
  const box = page.getByLabel('Zoeken in de toolkit');
  await box.focus();
  await page.keyboard.type('wachtwoorden', { delay: 20 });
  // htmx swaps the results in without leaving the page, and keeps the address current.
  await expect(page.locator('#results a').first()).toHaveAttribute('href', '/toolkit/r/leaflet-passwords-and-mfa');
  await expect(page).toHaveURL(/q=wachtwoorden/);
  await expect(box).toBeFocused();
  await expect(page.locator('#results mark').first()).toBeVisible();
  await expectAccessible(page, 'search results swapped in');
  // A filter, by keyboard: open the folded filters, choose, then submit.
  await page.locator('details.filters-box > summary').press('Enter');
  await page.getByLabel('Type', { exact: true }).selectOption('leaflet');
  await page.getByRole('button', { name: 'Filters toepassen' }).press('Enter');
  await expect(page).toHaveURL(/type=leaflet/);
  await expect(page.locator('#results ol.results > li').first()).toContainText('Folder');
  await page.locator('#results a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Wachtwoord en MFA');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the plain search form', async ({ page }) => {
    await page.goto('/toolkit');
    await page.getByLabel('Zoeken in de toolkit').fill('back-ups terugzetten');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect(page).toHaveURL(/q=back-ups/);
    await expect(page.locator('#results a').first()).toHaveAttribute('href', /template-backup-restore-test-report|backups-that-survive-ransomware/);
  });
});

test('an organisation marks adoption and keeps its own resources', async ({ page }) => {
  await signIn(page, 'editor@voorbeeld.test');
  const org = new URL(page.url()).pathname;
  await page.goto('/toolkit/r/mfa-for-all-staff');
  await expectAccessible(page, 'resource page with the adoption form');
  await page.getByLabel('Stand van zaken').selectOption('in_progress');
  await page.getByLabel('Trekker').fill('IT-dienst');
  await page.getByLabel('Tegen').fill('2027-03-31');
  await page.getByRole('button', { name: 'Opvolging opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('De opvolging is opgeslagen');
  await expect(page.locator('.adoption .status-pill')).toHaveText('Bezig');
  await check(page, `${org}/toolkit`, 'organisation toolkit page');
  await expect(page.getByRole('cell', { name: 'IT-dienst' })).toBeVisible();
  await check(page, org, 'dashboard with toolkit progress');
  // An own resource: the form, its errors, and the result.
  await check(page, `${org}/toolkit/new`, 'new own resource');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectAccessible(page, 'own resource with errors');
  await page.getByRole('group', { name: 'Onderwerp' }).getByLabel('Back-ups').check();
  await page.locator('#f-title_nl').fill('Onze back-upafspraken');
  await page.locator('#f-summary_nl').fill('Wie kijkt de back-up na en wanneer.');
  await page.locator('#f-body_nl').fill('Elke maandag kijkt de IT-dienst het verslag na.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onze back-upafspraken');
  await expectAccessible(page, 'own resource');
});

test('a reviewer scores a product in the open round', async ({ page }) => {
  await signIn(page, 'reviewer@weerbaar.test');
  await check(page, '/toolkit/rounds', 'rounds');
  await page.getByRole('link', { name: /Q\d/ }).first().click();
  await expectAccessible(page, 'round page');
  await expect(page.getByText(/U hebt 0 van 3 beoordeeld/)).toBeVisible();
  await page.getByRole('link', { name: /Beoordelen\s*: Checklist: USB-sticks/ }).click();
  await expectAccessible(page, 'score form');
  await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectAccessible(page, 'score form with errors');
  for (const [label, v] of [['Relevantie voor lokale besturen', '5'], ['Juistheid', '4'], ['Duidelijkheid', '4'], ['Volledigheid', '3'], ['Bruikbaarheid', '5']]) {
    await page.getByLabel(label).selectOption(v);
  }
  await page.getByLabel('Toelichting').fill('Voeg toe wat te doen met een gevonden stick.');
  await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(page.getByText(/U hebt 1 van 3 beoordeeld/)).toBeVisible();
  await page.getByRole('link', { name: 'Verslag' }).click();
  await expect(page.getByText('Voeg toe wat te doen met een gevonden stick.')).toBeVisible();
  await expectAccessible(page, 'round report');
  await check(page, '/toolkit/edit/checklist-usb-and-external-drives', 'product page for a reviewer');
});

test('the taskforce and the administrator pages', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, 'taskforce@weerbaar.test');
  for (const p of [
    '/toolkit/edit',
    '/toolkit/edit/new',
    '/toolkit/edit/password-manager',
    '/toolkit/edit/password-manager/edit',
    '/toolkit/edit/backups-that-survive-ransomware',
    '/toolkit/edit/backups-that-survive-ransomware/diff',
  ]) {
    await check(page, p);
  }
  await page.goto('/toolkit/edit/new');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expectAccessible(page, 'editor with errors');
  // Submit the demo draft for review, with a comment.
  await page.goto('/toolkit/edit/password-manager');
  await page.locator('#f-comment').fill('Graag nalezen voor de ronde.');
  await page.getByRole('button', { name: 'Indienen voor review' }).click();
  await expect(page.locator('.status-pill').first()).toHaveText('In review');
  await expectAccessible(page, 'after a step');

  const ctx = await browser.newContext();
  const admin = await ctx.newPage();
  await signIn(admin, 'platform@weerbaar.test');
  for (const p of ['/admin/toolkit', '/toolkit/rounds/new', '/toolkit/rounds']) {
    await check(admin, p);
  }
  await admin.goto('/toolkit/rounds');
  await admin.getByRole('link', { name: /Q\d/ }).first().click();
  await admin.getByRole('link', { name: 'Verslag' }).click();
  await expectAccessible(admin, 'report with decision forms');
  await ctx.close();
});
