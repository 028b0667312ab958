const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const PASSWORD = 'weerbaar-demo';

async function signIn(page, email) {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** WCAG 2.1 A and AA with axe-core: zero violations, listed in full when there are some. */
async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(summary, `axe violations on ${label || page.url()}`).toEqual([]);
}

/** Waits for a mail to `to` in the sink's folder and returns its decoded text. */
async function waitForMail(to, since) {
  const dir = process.env.WEERBAAR_E2E_MAILDIR;
  for (let i = 0; i < 150; i++) {
    const files = fs.readdirSync(dir).sort();
    for (const f of files) {
      const full = path.join(dir, f);
      if (fs.statSync(full).mtimeMs < since) continue;
      const raw = fs.readFileSync(full, 'utf8');
      if (raw.startsWith(`X-Rcpt: ${to}`)) {
        return raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}

/** Opens a page and checks it with axe. */
async function check(page, path, label) {
  const r = await page.goto(path);
  expect(r.status(), `${path} status`).toBeLessThan(500);
  await expectAccessible(page, label || path);
}

/** At 320 px wide the page must not scroll sideways. */
async function noSidewaysScroll(page, path) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  // Name what sticks out, so that a failure says where to look.
  const culprits = overflow > 0 ? await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > w + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${(e.textContent || '').trim().slice(0, 40)})`);
  }) : [];
  expect(overflow, `${path} scrolls sideways at 320 px: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

module.exports = { PASSWORD, signIn, expectAccessible, waitForMail, check, noSidewaysScroll };
