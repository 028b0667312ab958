// The continuity plan builder: axe on every page of it (also read-only, with errors and
// with a conflict), no sideways scrolling at 320 px, and the whole builder completed with
// the keyboard only, from Anderdorp's half-way plan to an approved plan.
const { test, expect } = require('@playwright/test');
const { signIn, expectAccessible, noSidewaysScroll } = require('./helpers');

async function planUrl(page) {
  await page.goto('/');
  return `${new URL(page.url()).pathname}/plan`;
}

async function check(page, path, label) {
  const r = await page.goto(path);
  expect(r.status(), `${path} status`).toBe(200);
  await expectAccessible(page, label || path);
}

/** The first link on `path` that leads below `prefix`. */
async function firstLink(page, path, prefix) {
  await page.goto(path);
  const hrefs = await page.locator(`main a[href^="${prefix}"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const href = hrefs.find((h) => !h.endsWith('/scale'));
  expect(href, `a link to ${prefix} on ${path}`).toBeTruthy();
  return href;
}


test('every page of the builder passes axe', async ({ page, browser }) => {
  // About thirty axe runs and two more sign-ins: more than the default minute on 2 cores.
  test.setTimeout(180_000);
  await signIn(page, 'admin@voorbeeld.test');
  const plan = await planUrl(page);
  const steps = ['', '/scope', '/activities', '/bia', '/bia/scale', '/resources', '/dependencies', '/strategies', '/crisis',
    '/playbooks', '/communication', '/exercises', '/review', '/checks', '/recovery', '/import'];
  for (const s of steps) {
    await check(page, plan + s);
  }
  const details = [
    ['/activities', '/activities/'], ['/bia', '/bia/'], ['/resources', '/resources/'], ['/dependencies', '/dependencies/'],
    ['/strategies', '/strategies/'], ['/crisis', '/crisis/roles/'], ['/playbooks', '/playbooks/'],
    ['/communication', '/communication/messages/'], ['/exercises', '/exercises/'],
  ];
  for (const [list, prefix] of details) {
    const href = await firstLink(page, plan + list, plan + prefix);
    await check(page, href);
  }
  const pages320 = [plan, `${plan}/dependencies`, `${plan}/checks`, `${plan}/communication`, `${plan}/crisis`,
    await firstLink(page, `${plan}/dependencies`, `${plan}/dependencies/`), await firstLink(page, `${plan}/bia`, `${plan}/bia/`),
    await firstLink(page, `${plan}/playbooks`, `${plan}/playbooks/`), await firstLink(page, `${plan}/resources`, `${plan}/resources/`),
    await firstLink(page, `${plan}/activities`, `${plan}/activities/`), `${plan}/bia/scale`, `${plan}/exercises`, `${plan}/review`];
  for (const p of pages320) {
    await noSidewaysScroll(page, p);
  }

  // A form with errors.
  await page.goto(`${plan}/activities`);
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectAccessible(page, 'activity form with errors');

  // A conflict: two editors save the same workaround.
  const strategy = await firstLink(page, `${plan}/strategies`, `${plan}/strategies/`);
  const ctx = await browser.newContext();
  const other = await ctx.newPage();
  await signIn(other, 'editor@voorbeeld.test');
  await page.goto(strategy);
  await other.goto(strategy);
  await page.getByLabel('Werkwijze zonder systemen').fill('Eerst door Ann opgeslagen');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('opgeslagen');
  await other.getByLabel('Werkwijze zonder systemen').fill('Daarna door Jan');
  await other.getByRole('button', { name: 'Opslaan' }).click();
  await expect(other.getByRole('heading', { name: 'Intussen opgeslagen door iemand anders' })).toBeVisible();
  await expect(other.locator('.notice')).toContainText('Eerst door Ann opgeslagen');
  await expectAccessible(other, 'conflict');
  await ctx.close();

  // Read-only for a viewer.
  const vctx = await browser.newContext();
  const viewer = await vctx.newPage();
  await signIn(viewer, 'viewer@voorbeeld.test');
  await check(viewer, `${plan}/scope`, 'scope read-only');
  await check(viewer, `${plan}/review`, 'review as viewer');
  await vctx.close();
});

test('complete the builder with the keyboard only', async ({ page }) => {
  await signIn(page, 'admin@anderdorp.test');
  const plan = await planUrl(page);
  await page.goto(plan);
  const step = async (name) => {
    await page.getByRole('navigation', { name: 'Stappen van het plan' }).getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, name);
  };
  const saved = async () => {
    await expect(page.getByRole('status').first()).toContainText(/opgeslagen|toegevoegd/);
  };
  const press = async (locator) => {
    await locator.focus();
    await page.keyboard.press('Enter');
  };

  // 1. Scope.
  await step('1. Doel en reikwijdte');
  await page.getByLabel('Reikwijdte').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Gemeente en OCMW Anderdorp, alle diensten en locaties.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Burgers krijgen dringende diensten binnen een dag.');
  await press(page.getByRole('button', { name: 'Opslaan' }));
  await saved();

  // 2. Activities: add one.
  await step('2. Activiteiten');
  await page.getByLabel('Naam', { exact: true }).focus();
  await page.keyboard.type('Markten en foren');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Economie');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Markten en foren' })).toBeVisible();
  await expectAccessible(page, 'new activity');

  // 3. Impact analysis of the new activity, in the grid.
  await press(page.getByRole('link', { name: 'Impactanalyse' }).last());
  await expect(page.getByRole('heading', { level: 1, name: /Markten en foren/ })).toBeVisible();
  await page.locator('#i-service-0').focus();
  // Levels 1, 2, 3, 3, 4, 4 for service to citizens: arrow keys choose, Tab moves on.
  for (const downs of [2, 3, 4, 4, 5, 5]) {
    for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('#i-service-2')).toHaveValue('3');
  await page.getByLabel('Hersteltijd (RTO), in uren').focus();
  await page.keyboard.type('48');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Toelaatbaar gegevensverlies (RPO), in uren')).toBeFocused();
  await page.keyboard.type('24');
  await page.keyboard.press('Enter');
  await saved();
  await expect(page.locator('.result')).toContainText('MTPD: 3 dagen');
  await expectAccessible(page, 'grid after saving');

  // 4. Resources: say how fast the first one is back.
  await step('4. Middelen en afhankelijkheden');
  await press(page.locator('main table a').first());
  await page.getByLabel('Hersteltijd, in uren').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await saved();

  // 5. Workaround for the new activity.
  await step('5. Noodoplossingen');
  await press(page.getByRole('link', { name: 'Markten en foren' }));
  await page.getByLabel('Werkwijze zonder systemen').focus();
  await page.keyboard.type('Standplaatsen op papier toewijzen');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Standgeld innen met een kwitantieboekje');
  await press(page.getByRole('button', { name: 'Opslaan' }));
  await saved();

  // 6. Crisis organisation: the mayor and a deputy.
  await step('6. Crisisorganisatie');
  await press(page.getByRole('link', { name: 'Burgemeester' }));
  await page.locator('#f-primary-name').focus();
  await page.keyboard.type('Burgemeester An De Wit');
  await page.keyboard.press('Tab');
  await page.keyboard.type('+32 9 000 00 31');
  await page.locator('#f-deputy-name').focus();
  await page.keyboard.type('Schepen Tom Baert');
  await page.keyboard.press('Enter');
  await saved();

  // 7. Playbooks: add a decision to the first one.
  await step('7. Draaiboeken');
  await press(page.getByRole('link', { name: /Dit draaiboek aanpassen/ }).first());
  await page.locator('[id^="decision_q_"]').last().focus();
  await page.keyboard.type('Sluiten we het e-loket?');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Crisiscoördinator');
  await page.keyboard.press('Enter');
  await saved();

  // 8. Communication: the channel for citizens.
  await step('8. Communicatie');
  await page.locator('form.stakeholder input[name="channel"]').first().focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Website, Facebook en aanplakbrief aan het gemeentehuis');
  await page.keyboard.press('Enter');
  await saved();

  // 9. Exercises: plan a tabletop exercise.
  await step('9. Oefeningen en onderhoud');
  await page.getByLabel('Titel').focus();
  await page.keyboard.type('Tafeloefening gijzelsoftware');
  await page.keyboard.press('Enter');
  await saved();

  // 10. Submit and record the approval.
  await step('10. Nazicht en goedkeuring');
  await press(page.getByRole('button', { name: 'Ter goedkeuring voorleggen' }));
  await expect(page.getByRole('status').first()).toContainText('ter goedkeuring');
  await expectAccessible(page, 'submitted');
  await page.getByLabel('Goedgekeurd door').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('College van burgemeester en schepenen');
  // Nothing but the body is suggested: the date and the reference are typed.
  await expect(page.getByLabel('Datum van de beslissing')).toHaveValue('');
  await expect(page.getByLabel('Verwijzing naar de beslissing')).toHaveValue('');
  await page.getByLabel('Datum van de beslissing').fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel('Verwijzing naar de beslissing').focus();
  await page.keyboard.type('CBS 2026/901');
  await page.keyboard.press('Enter');
  // The confirmation step shows completeness and serious findings; without the box ticked
  // nothing is recorded.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goedkeuring bevestigen');
  await expect(page.getByRole('heading', { name: /Het plan is voor \d+ % volledig/ })).toBeVisible();
  await expectAccessible(page, 'approval confirmation');
  await press(page.getByRole('button', { name: 'Goedkeuring vastleggen' }));
  await expect(page.getByText('Vink aan dat u de volledigheid').first()).toBeVisible();
  await expectAccessible(page, 'approval confirmation with error');
  await page.getByLabel(/Ik heb de volledigheid/).focus();
  await page.keyboard.press('Space');
  await press(page.getByRole('button', { name: 'Goedkeuring vastleggen' }));
  await expect(page.getByRole('status').first()).toContainText('De goedkeuring is vastgelegd.');
  await expect(page.getByRole('heading', { name: 'Goedgekeurde versies' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Voorgelegde versies' })).toBeVisible();
  await expect(page.getByText('Status: goedgekeurd.')).toBeVisible();
  await expectAccessible(page, 'approved');
});
