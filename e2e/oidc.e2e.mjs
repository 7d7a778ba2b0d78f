#!/usr/bin/env node
/**
 * Browser checks of the OpenID Connect sign-in, against a portal started with
 * app-config.oidc.yaml and the local provider of scripts/lib/oidcServer.mjs (both
 * started by scripts/e2e-oidc.sh): a person of the catalog signs in through the
 * provider's login form, sees the onboarding card of an entity, keeps the session across
 * a reload and signs out; a person the catalog does not know gets the refusal page.
 *
 *   node e2e/oidc.e2e.mjs [--url http://localhost:3000] [--out e2e-results/oidc]
 *
 * Each check runs in a fresh browser context (no cookie of the portal or the provider).
 * Screenshots go to the output directory; a closing line `N passed, M failed` ends the
 * output (also written to <out>/summary.txt). Exit code: 0 if every check passed.
 *
 * The expected texts are written out (French, the portal's default language), from
 * packages/app/src/modules/signIn/fr.ts, plugins/onboarding/src/translations/fr.ts and
 * the users of scripts/lib/oidcServer.mjs / examples/org.yaml, so a wrong text fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
const { values: args } = parseArgs({
  options: { url: { type: 'string' }, out: { type: 'string' } },
});
const BASE_URL = (
  args.url ??
  process.env.E2E_URL ??
  'http://localhost:3000'
).replace(/\/+$/, '');
const OUT_DIR = path.resolve(
  args.out ?? path.join(repoRoot, 'e2e-results', 'oidc'),
);
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
/** The dev server compiles chunks on first use: the first page may take long. */
const WAIT_MS = Number(process.env.E2E_WAIT_MS ?? 60_000);
const FIRST_LOAD_MS = Number(process.env.E2E_FIRST_LOAD_MS ?? 120_000);

const ENTITY_PATH = '/catalog/default/component/portail-usager';
const TEXTS = {
  signIn: /^\s*Se connecter\s*$/,
  signInPrompt: 'Connectez-vous avec votre compte du ministère',
  cardTitle: 'Embarquement Cloud Pi Native',
  unknownTitle: "Votre compte n'est pas connu du portail",
  unknownBody: "aucun utilisateur du catalogue du portail n'a son adresse",
};
/** The provider's people (scripts/lib/oidcServer.mjs); any password is accepted. */
const KNOWN = {
  login: 'camille.martin',
  // examples/org.yaml: the user with the provider's e-mail, and the group it is a member of.
  entityRefs: [
    'default/user/camille.martin',
    'default/group/direction-numerique',
  ],
};
const UNKNOWN = { login: 'inconnu' };

class CheckError extends Error {}
const expect = (condition, message) => {
  if (!condition) throw new CheckError(message);
};

/** Opens the portal until its sign-in page shows (the dev server may still compile). */
async function openSignInPage(page) {
  const button = page.getByRole('button', { name: TEXTS.signIn });
  const deadline = Date.now() + FIRST_LOAD_MS;
  for (;;) {
    try {
      await page.goto(`${BASE_URL}/`, { waitUntil: 'domcontentloaded' });
      await button.waitFor({ state: 'visible', timeout: 30_000 });
      return button;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
  }
}

/** Clicks the sign-in button and signs in as `login` on the provider's forms. */
async function signInThroughProvider(page, button, login) {
  expect(
    await page.getByText(TEXTS.signInPrompt).isVisible(),
    `the sign-in page does not say "${TEXTS.signInPrompt}"`,
  );
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    button.click(),
  ]);
  // The provider's development login form, then its consent form.
  const loginField = popup.locator('input[name="login"]');
  try {
    await loginField.waitFor({ state: 'visible', timeout: 30_000 });
  } catch {
    const text = await popup
      .locator('body')
      .innerText()
      .catch(() => '');
    throw new CheckError(
      `no login form in the popup at ${popup.url()}: ${text
        .replace(/\s+/g, ' ')
        .slice(0, 300)}`,
    );
  }
  await loginField.fill(login);
  await popup.locator('input[name="password"]').fill('mot-de-passe');
  await popup.getByRole('button', { name: 'Sign-in' }).click();
  const consent = popup.getByRole('button', { name: 'Continue' });
  await Promise.race([
    popup.waitForEvent('close'),
    consent.waitFor({ state: 'visible' }).then(() => consent.click()),
  ]).catch(() => {});
  if (!popup.isClosed()) await popup.waitForEvent('close');
}

const tests = [
  {
    name: 'a catalog user signs in through the OpenID provider, sees the onboarding card, keeps the session on reload, is the catalog user and signs out',
    async run(page) {
      const button = await openSignInPage(page);
      await signInThroughProvider(page, button, KNOWN.login);
      // Only the signed-in app has the sidebar.
      await page.getByTestId('sidebar-root').waitFor({ state: 'attached' });
      // A full page load: the session comes back from the refresh cookie, without a click.
      await page.goto(`${BASE_URL}${ENTITY_PATH}`);
      await page
        .getByText(TEXTS.cardTitle, { exact: true })
        .first()
        .waitFor({ state: 'visible' });
      // Signed in as the catalog's user, with that user's team: Settings links both.
      await page.goto(`${BASE_URL}/settings`);
      for (const ref of KNOWN.entityRefs) {
        await page
          .locator(`a[href$="/catalog/${ref}"]`)
          .first()
          .waitFor({ state: 'visible' });
      }
      await page.screenshot({ path: path.join(OUT_DIR, '01-signed-in.png') });
      await page.getByTestId('user-settings-menu').click();
      await page.getByTestId('sign-out').click();
      await page
        .getByRole('button', { name: TEXTS.signIn })
        .waitFor({ state: 'visible' });
      // Signed out for good: a reload shows the sign-in page again.
      await page.reload();
      await page
        .getByRole('button', { name: TEXTS.signIn })
        .waitFor({ state: 'visible' });
      expect(
        (await page.getByTestId('sidebar-root').count()) === 0,
        'the app is still shown after signing out',
      );
    },
  },
  {
    name: 'a person the catalog does not know gets the refusal page, not the portal',
    async run(page) {
      const button = await openSignInPage(page);
      await signInThroughProvider(page, button, UNKNOWN.login);
      await page
        .getByText(TEXTS.unknownTitle, { exact: true })
        .waitFor({ state: 'visible' });
      expect(
        await page.getByText(TEXTS.unknownBody, { exact: false }).isVisible(),
        `the refusal page does not explain that no catalog user has the address`,
      );
      expect(
        (await page.getByTestId('sidebar-root').count()) === 0,
        'the portal is shown to a person the catalog does not know',
      );
      await page.screenshot({
        path: path.join(OUT_DIR, '02-unknown-user.png'),
      });
    },
  },
];

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  console.log(`OpenID Connect sign-in checks against ${BASE_URL}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  const lines = [];
  let passed = 0;
  try {
    for (const [i, test] of tests.entries()) {
      const t0 = Date.now();
      const context = await browser.newContext({
        viewport: { width: 1400, height: 900 },
      });
      context.setDefaultTimeout(WAIT_MS);
      const page = await context.newPage();
      let line;
      try {
        await test.run(page);
        passed++;
        line = `PASS ${i + 1}. ${test.name} (${Date.now() - t0} ms)`;
      } catch (e) {
        await page
          .screenshot({ path: path.join(OUT_DIR, `${i + 1}-failed.png`) })
          .catch(() => {});
        line = `FAIL ${i + 1}. ${test.name}: ${e.message.split('\n')[0]}`;
      } finally {
        await context.close();
      }
      console.log(line);
      lines.push(line);
    }
  } finally {
    await browser.close();
  }
  const closing = `${passed} passed, ${tests.length - passed} failed`;
  console.log(closing);
  fs.writeFileSync(
    path.join(OUT_DIR, 'summary.txt'),
    `${lines.join('\n')}\n${closing}\n`,
  );
  process.exitCode = passed === tests.length ? 0 : 1;
}

main().catch(e => {
  console.error(e);
  console.log(`0 passed, ${tests.length} failed`);
  process.exitCode = 1;
});
