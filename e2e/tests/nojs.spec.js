// The same tasks with JavaScript switched off: every page must work without it.
const { test, expect } = require('@playwright/test');
const { PASSWORD, waitForMail } = require('./helpers');

test.use({ javaScriptEnabled: false });

test('sign in, change a role, switch language and sign out without JavaScript', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill('admin@voorbeeld.test');
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Voorbeeld' })).toBeVisible();
  await page.getByRole('link', { name: 'Leden', exact: true }).click();
  const row = page.getByRole('row', { name: /Sofie Maes/ });
  await row.getByRole('combobox').selectOption('editor');
  await row.getByRole('button', { name: /Rol wijzigen/ }).click();
  await expect(page.getByRole('status')).toContainText('De rol is gewijzigd');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/login/);
});

test('accept an invitation without JavaScript', async ({ page, browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const admin = await ctx.newPage();
  await admin.goto('/login');
  await admin.getByLabel('E-mailadres').fill('admin@anderdorp.test');
  await admin.getByLabel('Wachtwoord').fill(PASSWORD);
  await admin.getByRole('button', { name: 'Aanmelden' }).click();
  await admin.getByRole('link', { name: 'Leden', exact: true }).click();
  const since = Date.now() - 1000;
  await admin.getByLabel('E-mailadres').fill('nojs@anderdorp.test');
  await admin.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  const link = (await waitForMail('nojs@anderdorp.test', since)).match(/https?:\/\/\S+\/invite\/\S+/)[0];
  await page.goto(link);
  await page.getByLabel('Naam').fill('Noor Zonder Script');
  await page.getByLabel('Nieuw wachtwoord').fill('rode fiets naast het oude station');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('rode fiets naast het oude station');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeente Anderdorp' })).toBeVisible();
  await ctx.close();
});

test('fill in the impact analysis and record a workaround without JavaScript', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill('editor@voorbeeld.test');
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('link', { name: 'Continuïteitsplan' }).click();
  await page.getByRole('link', { name: '3. Impactanalyse' }).click();
  await page.locator('main table a').first().click();
  const first = await page.getByRole('heading', { level: 1 }).textContent();
  await page.locator('#i-financial-0').selectOption('2');
  await page.getByRole('button', { name: 'Opslaan en volgende activiteit' }).click();
  await expect(page.getByRole('status').first()).toContainText('opgeslagen');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(first);
  await page.goBack();
  await page.reload();
  await expect(page.locator('#i-financial-0')).toHaveValue('2');
  await page.getByRole('link', { name: '5. Noodoplossingen' }).click();
  await page.locator('main table a').first().click();
  await page.getByLabel('Andere werkplek').fill('Zaal van het OCMW');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').first()).toContainText('opgeslagen');
  await expect(page.getByLabel('Andere werkplek')).toHaveValue('Zaal van het OCMW');
});
