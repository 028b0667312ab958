// Every page that exists, checked with axe-core (WCAG 2.1 A/AA), at desktop width and
// at 320 px (no sideways scrolling).
const { test, expect } = require('@playwright/test');
const { PASSWORD, signIn, expectAccessible, waitForMail, check, noSidewaysScroll } = require('./helpers');

async function orgUrl(page) {
  await page.goto('/');
  return new URL(page.url()).pathname;
}

test('public pages', async ({ page }) => {
  for (const p of ['/login', '/password/forgot', '/no-such-page', '/invite/not-a-token']) {
    await check(page, p);
  }
  // The sign-in form with errors.
  await page.goto('/login');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectAccessible(page, 'login with errors');
  // The forgot-password confirmation.
  await page.goto('/password/forgot');
  await page.getByLabel('E-mailadres').fill('iemand@voorbeeld.test');
  await page.getByRole('button', { name: 'Link versturen' }).click();
  await expectAccessible(page, 'forgot sent');
  await noSidewaysScroll(page, '/login');
});

test('the first-setup page on an empty installation', async ({ page }) => {
  await check(page, process.env.WEERBAAR_E2E_SETUP_URL, 'setup');
});

test('organisation pages as administrator', async ({ page }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  for (const p of [org, `${org}/members`, `${org}/settings`, `${org}/audit`, '/account', '/account/mfa']) {
    await check(page, p);
  }
  await check(page, `${org}/audit?from=nonsense`, 'audit with a filter error');
  // Settings with validation errors.
  await page.goto(`${org}/settings`);
  await page.getByLabel('Huisstijlkleur').fill('#ffff00');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectAccessible(page, 'settings with errors');
  // The second-factor set-up page with its QR code.
  await page.goto('/account/mfa');
  await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
  await expect(page.locator('figure.qr svg')).toBeVisible();
  await expectAccessible(page, 'mfa set-up');
  for (const p of [org, `${org}/members`, `${org}/settings`, '/account']) {
    await noSidewaysScroll(page, p);
  }
});

test('pages for other roles and the platform administrator', async ({ page, browser }) => {
  await signIn(page, 'viewer@voorbeeld.test');
  const org = await orgUrl(page);
  await check(page, org, 'dashboard as viewer');
  await check(page, `${org}/settings`, 'forbidden page');
  const ctx = await browser.newContext();
  const p2 = await ctx.newPage();
  await signIn(p2, 'platform@weerbaar.test');
  await check(p2, '/admin/orgs');
  await check(p2, '/admin/users');
  await noSidewaysScroll(p2, '/admin/users');
  await ctx.close();
});

test('English pages', async ({ browser }) => {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await ctx.newPage();
  await check(page, '/login', 'login in English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await ctx.close();
});

test('French pages, signed in, with the builder in French', async ({ browser }) => {
  const ctx = await browser.newContext({ locale: 'fr-BE' });
  const page = await ctx.newPage();
  await check(page, '/login', 'login in French');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-BE');
  await page.getByLabel('Adresse e-mail').fill('viewer@voorbeeld.test');
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  const org = new URL(page.url()).pathname;
  for (const p of [org, `${org}/plan`, `${org}/plan/bia`, `${org}/plan/review`, '/toolkit']) {
    await check(page, p, `${p} in French`);
    // No English left on the page's headings.
    const headings = (await page.locator('h1, h2').allTextContents()).join(' | ');
    expect(headings, p).not.toMatch(/\b(Overview|Impact analysis|Review and approval|Continuity plan)\b/);
  }
  await ctx.close();
});

test('invitation and password pages reached from mail', async ({ page, browser }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  const since = Date.now() - 1000;
  await page.goto(`${org}/members`);
  await page.getByLabel('E-mailadres').fill('a11y-invite@voorbeeld.test');
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  const mail = await waitForMail('a11y-invite@voorbeeld.test', since);
  const link = mail.match(/https?:\/\/\S+\/invite\/\S+/)[0];
  const ctx = await browser.newContext();
  const guest = await ctx.newPage();
  await check(guest, link, 'invitation');
  await guest.getByRole('button', { name: 'Account aanmaken' }).click();
  await expectAccessible(guest, 'invitation with errors');
  const since2 = Date.now() - 1000;
  await guest.goto('/password/forgot');
  await guest.getByLabel('E-mailadres').fill('editor@voorbeeld.test');
  await guest.getByRole('button', { name: 'Link versturen' }).click();
  const reset = (await waitForMail('editor@voorbeeld.test', since2)).match(/https?:\/\/\S+\/password\/reset\/\S+/)[0];
  await check(guest, reset, 'password reset');
  await ctx.close();
});
