// Awareness and training (issue 22) in a real browser: every new page passes axe; a
// staff member completes a module and its quiz on a 360 px phone by keyboard; an
// administrator approves and launches a phishing exercise, and its pages (the button
// before the landing page, the landing page, the report page) pass axe too.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { signIn, expectAccessible, check, waitForMail, noSidewaysScroll } = require('./helpers');

const LEARNER = 'e2e-leerling@voorbeeld.test';

async function orgUrl(page) {
  await page.goto('/');
  return new URL(page.url()).pathname;
}

/** The right answers of a module's Dutch quiz: question id -> answer indexes. */
function rightAnswers(slug) {
  const file = path.join(__dirname, '..', '..', 'content', 'training', slug, 'quiz.nl.toml');
  const out = {};
  for (const block of fs.readFileSync(file, 'utf8').split('[[question]]').slice(1)) {
    const id = block.match(/id = "([^"]+)"/)[1];
    out[id] = block.split('[[question.answer]]').slice(1)
      .map((a, i) => (/correct = true/.test(a) ? i : -1))
      .filter((i) => i >= 0);
  }
  return out;
}

/** Brussels local time as a datetime-local value, `minutes` from now. */
function local(minutes) {
  const d = new Date(Date.now() + minutes * 60_000);
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

test.describe.configure({ mode: 'serial' });

test('every awareness page for administrators passes axe', async ({ page }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await check(page, `${org}/awareness`, 'awareness overview');
  await expect(page.getByRole('rowheader', { name: 'Andere diensten' })).toBeVisible();
  await check(page, `${org}/awareness?module=passwords-mfa`, 'one module\'s figures');
  await check(page, `${org}/staff`, 'staff list');
  await page.getByRole('link', { name: 'Charlotte', exact: false }).first().click();
  await expectAccessible(page, 'a person');
  await check(page, `${org}/phishing`, 'exercises');
  await page.getByRole('link', { name: 'Oefening najaar (demo)' }).click();
  await expect(page.getByRole('columnheader', { name: 'Uitgefilterde klikken' })).toBeVisible();
  await expectAccessible(page, 'finished exercise with results');
  await page.goto(`${org}/phishing`);
  await page.getByRole('link', { name: 'Oefening voorjaar (demo)' }).click();
  await expectAccessible(page, 'draft awaiting approval');
  await check(page, `${org}/phishing/new`, 'new exercise');
  await check(page, `${org}/phishing/templates/parcel-notice`, 'a template');
  // Errors are shown at their field, and pass axe too.
  await page.goto(`${org}/phishing/new`);
  await page.getByRole('button', { name: 'Ontwerp bewaren' }).click();
  await expect(page.getByRole('heading', { name: /probleem|fout|Kijk/i }).first()).toBeVisible();
  await expectAccessible(page, 'new exercise with errors');
  for (const p of [`${org}/awareness`, `${org}/staff`, `${org}/phishing`]) {
    await noSidewaysScroll(page, p);
  }
});

test('the import preview and the managers\' view pass axe', async ({ page }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await page.goto(`${org}/staff`);
  await page.getByLabel('CSV-bestand').setInputFiles({
    name: 'personeel.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('naam;e-mail;dienst\nNieuwe Collega;nieuw@voorbeeld.test;ICT\nFout;geen-adres;ICT\n'),
  });
  await page.getByRole('button', { name: 'Bekijk wat verandert' }).click();
  await expect(page.getByRole('heading', { name: 'Wat deze lijst verandert' })).toBeVisible();
  await expect(page.getByText('regel 3')).toBeVisible();
  await expectAccessible(page, 'import preview');
  await page.getByRole('link', { name: 'Annuleren' }).click();
  // A person whose manager is the demo's viewer, and the setting on.
  await page.getByLabel('Naam', { exact: true }).fill('Teamlid Een');
  await page.getByLabel('E-mailadres', { exact: true }).fill('teamlid@voorbeeld.test');
  await page.getByLabel('Dienst', { exact: true }).fill('ICT');
  await page.getByLabel('E-mailadres van de leidinggevende').fill('viewer@voorbeeld.test');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.goto(`${org}/awareness`);
  await page.getByLabel('Leidinggevenden zien de resultaten van hun eigen medewerkers').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('De wijzigingen zijn opgeslagen')).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, 'viewer@voorbeeld.test');
  await page.goto('/learn');
  await page.getByRole('link', { name: 'Resultaten van mijn medewerkers' }).click();
  await expect(page.getByRole('rowheader', { name: 'Teamlid Een' }).first()).toBeVisible();
  await expectAccessible(page, 'a manager\'s view');
});

test('the learner pages pass axe, signed in as staff with an account', async ({ page }) => {
  await check(page, '/learn', 'learn without a session');
  await signIn(page, 'viewer@voorbeeld.test');
  await check(page, '/learn', 'my training, signed in');
  await check(page, '/learn/passwords-mfa', 'a module page');
  await check(page, '/learn/passwords-mfa/quiz', 'a quiz');
  await page.getByRole('button', { name: 'Antwoorden nakijken' }).click();
  await expectAccessible(page, 'a quiz with missing answers');
});

test('a staff member completes a module and its quiz on a 360 px phone by keyboard', async ({ page, browser }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await page.goto(`${org}/staff`);
  await page.getByLabel('Naam', { exact: true }).fill('E2E Leerling');
  await page.getByLabel('E-mailadres', { exact: true }).fill(LEARNER);
  await page.getByLabel('Dienst', { exact: true }).fill('Burgerzaken');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByText('E2E Leerling')).toBeVisible();
  const since = Date.now();
  await page.goto(`${org}/awareness`);
  await page.getByLabel('Opleiding', { exact: true }).selectOption('clean-desk-screen-lock');
  await page.getByLabel('Bepaalde medewerkers').check();
  await page.getByLabel('Diensten of e-mailadressen').fill(LEARNER);
  const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Af te ronden tegen').fill(due);
  await page.getByRole('button', { name: 'Toewijzen en links versturen' }).click();
  await expect(page.getByText('De opleiding is toegewezen')).toBeVisible();
  const mail = await waitForMail(LEARNER, since);
  const link = mail.match(/https?:\/\/[^\s]+\/t\/[A-Za-z0-9_-]+/)[0];

  const phone = await browser.newContext({ viewport: { width: 360, height: 720 }, locale: 'nl-BE' });
  const p = await phone.newPage();
  await p.goto(new URL(link).pathname);
  await expectAccessible(p, 'the link page');
  await p.getByRole('button', { name: 'Mijn opleiding openen' }).focus();
  await p.keyboard.press('Enter');
  await expect(p.getByRole('heading', { name: 'Mijn opleiding' })).toBeVisible();
  await p.locator('a[href="/learn/clean-desk-screen-lock"]').focus();
  await p.keyboard.press('Enter');
  await expect(p).toHaveURL(/\/learn\/clean-desk-screen-lock/);
  for (let n = 2; n < 10; n++) {
    await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
    const next = p.getByRole('link', { name: 'Volgende pagina' });
    if (await next.count() === 0) break;
    await noScroll(p);
    await next.focus();
    await p.keyboard.press('Enter');
    await expect(p).toHaveURL(new RegExp(`page=${n}$`));
  }
  await p.getByRole('link', { name: 'Naar de vragen' }).focus();
  await p.keyboard.press('Enter');
  await expect(p.getByRole('heading', { name: /Vragen/ })).toBeVisible();
  await noScroll(p);
  for (const [id, right] of Object.entries(rightAnswers('clean-desk-screen-lock'))) {
    for (const i of right) {
      await p.locator(`#q-${id}-${i}`).focus();
      await p.keyboard.press('Space');
    }
  }
  await p.getByRole('button', { name: 'Antwoorden nakijken' }).focus();
  await p.keyboard.press('Enter');
  await expect(p.getByText('Geslaagd. Deze opleiding is afgerond.')).toBeVisible();
  await expectAccessible(p, 'quiz results');
  await noScroll(p);
  await expect(p.getByRole('link', { name: 'Certificaat downloaden (pdf)' })).toBeVisible();
  await phone.close();
});

async function noScroll(p) {
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${p.url()} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
}

test('an administrator approves and launches an exercise; its public pages pass axe', async ({ page }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await page.goto(`${org}/phishing/new`);
  await page.getByLabel('Naam van de oefening').fill('Browseroefening');
  await page.getByLabel('Uw pakket kon niet worden geleverd').check();
  await page.getByLabel('Bepaalde medewerkers').check();
  await page.getByLabel('Diensten of e-mailadressen').fill(LEARNER);
  await page.getByLabel('Naam van de afzender').fill('Pakketdienst');
  await page.getByLabel('Adres van de afzender').fill('info@oefening-voorbeeld.test');
  await page.getByLabel('Versturen vanaf').fill(local(-5));
  await page.getByLabel('Versturen tot').fill(local(60));
  await page.getByLabel('Hoogstens zoveel berichten per minuut').fill('600');
  await page.getByRole('button', { name: 'Ontwerp bewaren' }).click();
  await expect(page.getByRole('heading', { name: 'Browseroefening' })).toBeVisible();
  // Without the approval there is no start button; with an incomplete one, errors.
  await expect(page.getByRole('button', { name: 'Oefening starten' })).toHaveCount(0);
  await page.getByLabel('Goedgekeurd door (algemeen directeur)').fill('Marie Janssens');
  await page.getByRole('button', { name: 'Goedkeuring bewaren' }).click();
  await expect(page.getByText('Informeer eerst de functionaris voor gegevensbescherming.').first()).toBeVisible();
  await expectAccessible(page, 'approval with errors');
  await page.getByLabel('Goedgekeurd door (algemeen directeur)').fill('Marie Janssens');
  await page.getByLabel('De functionaris voor gegevensbescherming is ingelicht').check();
  await page.getByLabel('Gehoord').check();
  await page.getByLabel(/De resultaten hebben geen gevolgen/).check();
  await page.getByRole('button', { name: 'Goedkeuring bewaren' }).click();
  await expect(page.getByText('De goedkeuring is bewaard')).toBeVisible();
  const since = Date.now();
  await page.getByRole('button', { name: 'Oefening starten' }).click();
  await expect(page.getByText('De oefening is gestart')).toBeVisible();
  await expectAccessible(page, 'a sending exercise');
  const mail = await waitForMail(LEARNER, since);
  const click = new URL(mail.match(/https?:\/\/[^\s"<>]+\/p\/c\/[A-Za-z0-9_-]+/)[0]).pathname;
  const report = new URL(mail.match(/https?:\/\/[^\s"<>]+\/p\/r\/[A-Za-z0-9_-]+/)[0]).pathname;
  await check(page, click, 'the page before the landing page');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { name: 'Dit was een oefening' })).toBeVisible();
  expect(await page.locator('form, input, textarea, select, button').count()).toBe(0);
  await expectAccessible(page, 'the landing page');
  await check(page, report, 'the report page');
  await page.getByRole('button', { name: 'Melden' }).click();
  await expect(page.getByRole('heading', { name: /Goed gezien/ })).toBeVisible();
  await expectAccessible(page, 'thanks for reporting');
  // The stop button ends it.
  await page.goto(`${org}/phishing`);
  await page.getByRole('link', { name: 'Browseroefening' }).click();
  const stop = page.getByRole('button', { name: 'Versturen nu stoppen' });
  if (await stop.count() > 0) {
    await stop.click();
    await expect(page.getByText('De oefening is gestopt')).toBeVisible();
  }
});
