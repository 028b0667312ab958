// Audits and findings (issue 20) in a real browser: every new page passes axe, an import
// is previewed before it changes anything, a finding goes from new to closed by
// keyboard only, and an external tester sees only their engagement.
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { signIn, expectAccessible, check, waitForMail, noSidewaysScroll } = require('./helpers');

const FIXTURES = path.join(__dirname, '..', '..', 'crates', 'scan', 'tests', 'fixtures');

async function orgUrl(page) {
  await page.goto('/');
  return new URL(page.url()).pathname;
}

/** A fresh engagement of our own, so tests do not depend on each other. */
async function newEngagement(page, org, title) {
  await page.goto(`${org}/engagements`);
  await page.getByLabel('Naam', { exact: true }).first().fill(title);
  await page.getByLabel('Soort').selectOption('scan');
  await page.getByRole('button', { name: 'Audit of test vastleggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

test('every findings page passes axe, also on a phone', async ({ page }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await check(page, `${org}/findings`, 'register');
  await page.getByText('Filteren en sorteren').click();
  await expectAccessible(page, 'register with filters open');
  await check(page, `${org}/findings?status=open&severity=high&sort=due`, 'register filtered');
  await check(page, `${org}/findings/new`, 'new finding');
  await check(page, `${org}/findings/settings`, 'deadlines');
  await check(page, `${org}/engagements`, 'engagements');
  await page.getByRole('link', { name: 'Ethische hack 2026' }).click();
  await expectAccessible(page, 'engagement');
  const engagement = new URL(page.url()).pathname;
  await page.locator('table.findings a').first().click();
  await expectAccessible(page, 'finding');
  const finding = new URL(page.url()).pathname;
  await check(page, org, 'dashboard with findings tile');
  await expect(page.getByRole('heading', { name: 'Audits en bevindingen' })).toBeVisible();
  for (const p of [`${org}/findings`, engagement, finding, `${org}/findings/new`]) {
    await noSidewaysScroll(page, p);
  }
  // Bad input: the message at the field, and the page still passes axe.
  await page.goto(`${org}/findings/new`);
  await page.getByLabel('Titel').fill('Zwak wachtwoordbeleid');
  await page.getByLabel('CVSS-vector').fill('CVSS:3.1/AV:X');
  await page.getByRole('button', { name: 'Bevinding toevoegen' }).click();
  await expect(page.locator('#f-cvss_vector-error')).toContainText('klopt niet');
  await expectAccessible(page, 'new finding with errors');
});

test('an import shows what it changes first, and the same file again changes nothing', async ({ page }) => {
  await signIn(page, 'editor@voorbeeld.test');
  const org = await orgUrl(page);
  const eng = await newEngagement(page, org, 'Scan browsertest');
  await page.getByLabel('Formaat').selectOption('greenbone');
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(path.join(FIXTURES, 'greenbone.xml'));
  await page.getByRole('button', { name: 'Bekijken wat er verandert' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wat deze import verandert' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Nieuw 3$/ })).toBeVisible();
  await expectAccessible(page, 'import preview');
  // Nothing changed yet.
  await page.goto(eng);
  await expect(page.getByText('Nog geen bevindingen bij deze audit.')).toBeVisible();
  await page.getByLabel('Formaat').selectOption('greenbone');
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(path.join(FIXTURES, 'greenbone.xml'));
  await page.getByRole('button', { name: 'Bekijken wat er verandert' }).click();
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('status')).toContainText('De import is verwerkt');
  await expect(page.locator('table.findings tbody tr')).toHaveCount(3);
  // Again: all unchanged.
  await page.getByLabel('Formaat').selectOption('greenbone');
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(path.join(FIXTURES, 'greenbone.xml'));
  await page.getByRole('button', { name: 'Bekijken wat er verandert' }).click();
  await expect(page.getByRole('row', { name: /^Al gekend, ongewijzigd 3$/ })).toBeVisible();
  await expect(page.getByText('Deze import verandert niets')).toBeVisible();
  // A file of another format is named, at the field.
  await page.goto(eng);
  await page.getByLabel('Formaat').selectOption('greenbone');
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(path.join(FIXTURES, 'nessus.nessus'));
  await page.getByRole('button', { name: 'Bekijken wat er verandert' }).click();
  await expect(page.locator('#imp-report-error')).toContainText('Nessus');
  await expectAccessible(page, 'import refused');
});

test('a finding goes from new to closed by keyboard alone', async ({ page }) => {
  await signIn(page, 'editor@voorbeeld.test');
  const org = await orgUrl(page);
  await page.goto(`${org}/findings/new`);
  await page.getByLabel('Titel').focus();
  await page.keyboard.type('Beheerpaneel van de printers open');
  await page.keyboard.press('Tab');
  await page.keyboard.type('CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N');
  await page.getByLabel('Eigenaar (e-mail)').focus();
  await page.keyboard.type('editor@voorbeeld.test');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('De bevinding is toegevoegd');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beheerpaneel van de printers open');
  const move = async (label) => {
    await page.getByLabel('Nieuwe status').focus();
    await page.getByLabel('Nieuwe status').selectOption({ label });
    await page.getByRole('button', { name: 'Status wijzigen' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('De status van de bevinding is gewijzigd');
  };
  await move('Bevestigd');
  await move('In herstel');
  await move('Hersteld, wacht op hertest');
  await expectAccessible(page, 'finding awaiting retest');
  await page.getByLabel('Geslaagd: het probleem is weg').focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Hoe getest').focus();
  await page.keyboard.type('Poort 80 dicht, beheer alleen nog via het beheernetwerk.');
  await page.getByRole('button', { name: 'Hertest vastleggen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.facts')).toContainText('Afgesloten');
  await expect(page.locator('ol.history')).toContainText('Hertest geslaagd');
});

test('an external tester sees only the engagement they were invited to', async ({ page, browser }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  const eng = await newEngagement(page, org, 'Pentest met externe tester');
  const since = Date.now() - 1000;
  await page.getByLabel('E-mailadres van de externe tester').fill('gast-e2e@tester.test');
  await page.getByRole('button', { name: 'Tester uitnodigen' }).click();
  await expect(page.getByRole('status')).toContainText('De tester is uitgenodigd');
  const mail = await waitForMail('gast-e2e@tester.test', since);
  const link = mail.match(/https?:\/\/\S+\/password\/reset\/\S+/)[0];
  const ctx = await browser.newContext();
  const guest = await ctx.newPage();
  await guest.goto(link);
  await guest.getByLabel('Nieuw wachtwoord').fill('groene fiets langs het kanaal');
  await guest.getByLabel('Herhaal het nieuwe wachtwoord').fill('groene fiets langs het kanaal');
  await guest.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(guest).toHaveURL(/\/login/);
  await guest.getByLabel('E-mailadres').fill('gast-e2e@tester.test');
  await guest.getByLabel('Wachtwoord').fill('groene fiets langs het kanaal');
  await guest.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(guest).toHaveURL(/\/engagements$/);
  await expectAccessible(guest, 'guest list');
  await guest.getByRole('link', { name: 'Pentest met externe tester' }).click();
  await expect(guest.getByText('U bent externe tester voor Gemeente Voorbeeld')).toBeVisible();
  await expectAccessible(guest, 'guest engagement');
  // No menu of the organisation, no other engagements, no letter or report.
  await expect(guest.getByRole('link', { name: 'Continuïteitsplan' })).toHaveCount(0);
  await expect(guest.getByRole('link', { name: 'Leden' })).toHaveCount(0);
  await expect(guest.getByText('Ethische hack 2026')).toHaveCount(0);
  await expect(guest.getByText('Toestemmingsbrief om te laten tekenen')).toHaveCount(0);
  // What they may do: write a finding for it.
  await guest.getByLabel('Titel', { exact: true }).fill('Standaardwachtwoord op de switch');
  await guest.getByLabel('Ernst', { exact: true }).selectOption('high');
  await guest.getByLabel('Waarom deze ernst').fill('Volledige controle over het netwerk');
  await guest.getByRole('button', { name: 'Bevinding toevoegen' }).click();
  await expect(guest.getByRole('status')).toContainText('De bevinding is toegevoegd');
  for (const p of [`${org}/findings`, `${org}/engagements`, `${org}/plan`, org]) {
    const r = await guest.goto(p);
    expect(r.status(), p).toBe(404);
  }
  await ctx.close();
  await page.goto(eng);
  await expect(page.locator('table.findings')).toContainText('Standaardwachtwoord op de switch');
});
