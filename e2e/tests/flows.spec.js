// What a person does: sign in by keyboard, switch language and organisation, invite a
// colleague by mail, sign out.
const { test, expect } = require('@playwright/test');
const { PASSWORD, signIn, waitForMail } = require('./helpers');

test('sign in with the keyboard only', async ({ page }) => {
  await page.goto('/login');
  // The skip link is the first thing the keyboard reaches.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.getByLabel('E-mailadres').focus();
  await page.keyboard.type('editor@voorbeeld.test');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Wachtwoord')).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Voorbeeld' })).toBeVisible();
});

test('switch language', async ({ page }) => {
  await signIn(page, 'viewer@voorbeeld.test');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-BE');
  await expect(page.getByRole('link', { name: 'Aperçu' })).toBeVisible();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
});

test('switch organisation', async ({ page }) => {
  await signIn(page, 'ict@regio.test');
  await page.getByText('Andere organisatie').click();
  await page.getByRole('link', { name: /Gemeente Anderdorp/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Anderdorp' })).toBeVisible();
  // The choice is remembered for the start page.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Anderdorp' })).toBeVisible();
  await page.getByText('Andere organisatie').click();
  await page.getByRole('link', { name: /Gemeente Voorbeeld/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Voorbeeld' })).toBeVisible();
});

test('sign out', async ({ page }) => {
  await signIn(page, 'viewer@voorbeeld.test');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('status')).toContainText('U bent afgemeld');
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login/);
});

test('invite a colleague by mail', async ({ page, browser }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const since = Date.now() - 1000;
  await page.getByRole('link', { name: 'Leden', exact: true }).click();
  await page.getByLabel('E-mailadres').fill('collega@voorbeeld.test');
  await page.getByLabel('Rol').last().selectOption('editor');
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByRole('status')).toContainText('De uitnodiging is verstuurd');
  await expect(page.getByText('collega@voorbeeld.test')).toBeVisible();
  const mail = await waitForMail('collega@voorbeeld.test', since);
  expect(mail).toContain('Gemeente Voorbeeld');
  const link = mail.match(/https?:\/\/\S+\/invite\/\S+/)[0];

  const ctx = await browser.newContext();
  const guest = await ctx.newPage();
  await guest.goto(link);
  await expect(guest.getByText('U bent uitgenodigd voor Gemeente Voorbeeld als Redacteur.')).toBeVisible();
  await guest.getByLabel('Naam').fill('Chris Collega');
  await guest.getByLabel('Nieuw wachtwoord').fill('blauwe tram langs de schelde');
  await guest.getByLabel('Herhaal het nieuwe wachtwoord').fill('blauwe tram langs de schelde');
  await guest.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(guest.getByRole('heading', { level: 1, name: 'Gemeente Voorbeeld' })).toBeVisible();
  await expect(guest.getByRole('status')).toContainText('Welkom bij Weerbaar');
  await ctx.close();
});
