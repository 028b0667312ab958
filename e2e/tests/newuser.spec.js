// What a new user hit (issue 18), each as a browser test: the start page, paper without
// false alarms, the impact grid on a laptop and a phone with its live MTPD, the skip
// link past the step menu, date warnings at the field, the audit log in words, the
// playbook's read view, search results first on a phone. axe on every page.
const { test, expect } = require('@playwright/test');
const { signIn, expectAccessible } = require('./helpers');

async function orgUrl(page) {
  await page.goto('/');
  return new URL(page.url()).pathname;
}

test('the start page says what Weerbaar is, with the toolkit one click away', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Weerbaar helpt lokale besturen')).toBeVisible();
  await expectAccessible(page, 'start page');
  await page.getByRole('link', { name: 'Bekijk de toolkit (zonder account)' }).click();
  await expect(page).toHaveURL(/\/toolkit/);
});

test('paper registers and contact lists raise no back-up alarms', async ({ page }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await page.goto(`${org}/plan/checks`);
  const findings = await page.locator('ul.findings li').allTextContents();
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) {
    expect(f, 'no back-up finding for paper').not.toMatch(/Papieren (registers|contactlijsten)|Afdrukken medicatielijsten/);
  }
  await page.goto(`${org}/plan/resources`);
  await expect(page.getByText('Papieren documenten').first()).toBeVisible();
});

test('the impact grid fits a laptop, stacks on a phone and shows the MTPD as it changes', async ({ page }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await page.goto(`${org}/plan/bia`);
  const href = await page.locator('main table a[href*="/plan/bia/"]').first().getAttribute('href');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(href);
  const sideways = await page.locator('.table-wrap').first().evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(sideways, 'the grid scrolls sideways at 1366 px').toBeLessThanOrEqual(0);
  // Live: the first window rated 4 makes the MTPD that window, before saving.
  const first = page.locator('table.grid tbody tr').first().locator('select').first();
  await first.selectOption('4');
  const window = (await page.locator('table.grid thead th[data-hours]').first().textContent()).trim();
  await expect(page.locator('#mtpd-live .mtpd')).toHaveText(window);
  await expect(page.locator('#mtpd-live .priority')).toHaveText(/P1/);
  // A phone: no sideways scrolling, each window's select with its window as visible label.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(href);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways at 390 px').toBeLessThanOrEqual(0);
  const label = page.locator('table.grid td label').first();
  await expect(label).toBeVisible();
  const box = await label.boundingBox();
  expect(box.width).toBeGreaterThan(20);
  await expectAccessible(page, 'impact grid at 390 px');
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('the skip link goes past the step menu to the step', async ({ page }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await page.goto(`${org}/plan/scope`);
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#step')).toBeFocused();
  // From there, a few presses reach the first field rather than nineteen.
  let presses = 0;
  for (; presses < 6; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName) && document.activeElement.type !== 'hidden')) break;
  }
  expect(presses, 'presses from the skip link to the first field').toBeLessThan(6);
});

test('a past review date is saved and warned at the field; the audit log says it in words', async ({ page }) => {
  await signIn(page, 'admin@anderdorp.test');
  const org = await orgUrl(page);
  await page.goto(`${org}/plan/scope`);
  await page.getByLabel('Volgende herziening').fill('2020-01-01');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).first().click();
  await expect(page.locator('.field-warning')).toContainText('Deze datum is al voorbij.');
  await expectAccessible(page, 'scope with a date warning');
  await page.goto(`${org}/audit`);
  const changes = await page.locator('table.audit .change').allTextContents();
  expect(changes.join('\n')).toContain('Volgende herziening');
  expect(changes.join('\n')).not.toMatch(/next_review|\{"/);
});

test('playbooks have a read view for the crisis', async ({ page }) => {
  await signIn(page, 'admin@voorbeeld.test');
  const org = await orgUrl(page);
  await page.goto(`${org}/plan/playbooks`);
  await page.locator('ul.cards h2 a').first().click();
  await expect(page).toHaveURL(/\/read$/);
  await expect(page.locator('ul.checklist li').first()).toBeVisible();
  await expectAccessible(page, 'playbook read view');
  await page.getByRole('link', { name: 'Dit draaiboek aanpassen' }).click();
  await expect(page.locator('textarea[id^="decision_q_"]').first()).toBeVisible();
});

test('on a phone, search results come before the ways in, and filters fold away', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/toolkit?q=wachtwoordmanager');
  const results = await page.locator('#results').boundingBox();
  const entry = await page.locator('nav.entry').boundingBox();
  expect(results.y).toBeLessThan(entry.y);
  await expect(page.locator('details.filters-box')).not.toHaveAttribute('open', '');
  await expect(page.locator('ol.results li').first()).toBeVisible();
  await expectAccessible(page, 'search on a phone');
  await page.setViewportSize({ width: 1280, height: 800 });
});
