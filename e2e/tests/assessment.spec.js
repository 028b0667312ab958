// Self-assessment (issue 21) in a real browser: every new page passes axe, also on a
// phone, and a section is answered by keyboard only.
const { test, expect } = require('@playwright/test');
const { signIn, expectAccessible, check, noSidewaysScroll } = require('./helpers');

async function orgUrl(page) {
  await page.goto('/');
  return new URL(page.url()).pathname;
}

test('every self-assessment page passes axe', async ({ page }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await check(page, `${org}/assessments`, 'assessments');
  await page.getByRole('link', { name: 'Zelfevaluatie basisnormen', exact: true }).click();
  await expectAccessible(page, 'assessment overview with radar and lines');
  const overview = new URL(page.url()).pathname;
  await page.locator('a[href*="/sections/BACKUP"]').first().click();
  await expectAccessible(page, 'section');
  const section = new URL(page.url()).pathname;
  await page.goto(overview);
  await page.locator('a[href*="/versions/"]').first().click();
  await expectAccessible(page, 'kept version');
  // An action from a gap, with where it came from.
  await page.goto(overview);
  await page.locator('#h-gaps-t ~ tbody a, table a[href*="/findings/"]').first().click();
  await expect(page.getByRole('heading', { name: 'Actie uit de zelfevaluatie' })).toBeVisible();
  await expectAccessible(page, 'action from the self-assessment');
  for (const p of [`${org}/assessments`, overview, section]) {
    await noSidewaysScroll(page, p);
  }
});

test('the framework library passes axe', async ({ page }) => {
  await signIn(page, 'platform@weerbaar.test');
  await check(page, '/admin/frameworks', 'framework library');
});

test('the anonymous comparison passes axe for the umbrella and for a member', async ({ page }) => {
  await signIn(page, 'koepel@regio.test');
  const umbrella = await orgUrl(page);
  await check(page, `${umbrella}/benchmark`, 'comparison for the umbrella');
  await expect(page.getByText('gegenereerde voorbeeldorganisaties')).toBeVisible();
  await noSidewaysScroll(page, `${umbrella}/benchmark`);
  await page.context().clearCookies();
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await check(page, `${org}/benchmark`, 'comparison for a member');
  await expect(page.getByRole('columnheader', { name: 'Uw score' })).toBeVisible();
});

test('a section is answered by keyboard only', async ({ page }) => {
  await signIn(page, 'editor@voorbeeld.test');
  const org = await orgUrl(page);
  await page.goto(`${org}/assessments`);
  // Start a new assessment from the last one's answers, by keyboard.
  await page.getByLabel('Kader en niveau').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Browsertest');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Browsertest' })).toBeVisible();
  await page.locator('a[href*="/sections/ACC"]').first().focus();
  await page.keyboard.press('Enter');
  const doc = page.locator('select[name$="_documentation"]').first();
  await doc.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  const save = page.getByRole('button', { name: 'Antwoorden bewaren' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[role="status"], .flash').first()).toBeVisible();
  await expect(page.locator('select[name$="_documentation"]').first()).toHaveValue('2');
  await expect(page.locator('select[name$="_implementation"]').first()).toHaveValue('5');
  // Bad input: the message at the requirement, and the page still passes axe.
  await page.locator('select[name$="_documentation"]').first().selectOption('');
  await page.locator('select[name$="_implementation"]').first().selectOption('');
  await page.locator('select[name$="_verdict"]').first().selectOption('not_applicable');
  await save.click();
  await expect(page.locator('#error-summary')).toContainText('niet van toepassing');
  await expectAccessible(page, 'section with errors');
});
