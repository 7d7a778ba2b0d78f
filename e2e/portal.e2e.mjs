#!/usr/bin/env node
/**
 * End-to-end checks of the running portal with a real browser (Debian's chromium,
 * driven by playwright-core): the onboarding card in French and in English, the entity
 * and group onboarding tabs, the template ranking, the card on a narrow screen, what
 * the platform's tools measured (through the platform simulator) and the fact sources.
 *
 *   node e2e/portal.e2e.mjs [--url http://localhost:3000] [--out e2e-results]
 *
 * The portal must already serve (scripts/e2e.sh starts it and waits for it). Each check
 * is a named test with its own screenshot under the output directory; a summary and a
 * closing line `N passed, M failed` end the output (also written to <out>/summary.txt).
 * Exit code: 0 if every check passed, 1 otherwise.
 *
 * The expected texts are copied from plugins/onboarding/src/translation.ts (English) and
 * plugins/onboarding/src/translations/fr.ts (French), the journey from
 * plugins/onboarding-common and the example catalog under examples/. They are written
 * out here on purpose: a test that read them from the code under test could not catch
 * a wrong text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { pdfText } from './pdfText.mjs';

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string' },
    chromium: { type: 'string' },
  },
});
const BASE_URL = (
  args.url ??
  process.env.E2E_URL ??
  'http://localhost:3000'
).replace(/\/+$/, '');
const OUT_DIR = path.resolve(args.out ?? path.join(repoRoot, 'e2e-results'));
const CHROMIUM =
  args.chromium ?? process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
/** How long to wait for an element; the dev server compiles chunks on first use. */
const WAIT_MS = Number(process.env.E2E_WAIT_MS ?? 60_000);
/** How long the first page load and the sign-in may take. */
const FIRST_LOAD_MS = Number(process.env.E2E_FIRST_LOAD_MS ?? 120_000);
/** Each check is run once more if it fails (reported in its line): the dev backend restarts on edits. */
const RETRIES = Number(process.env.E2E_RETRIES ?? 1);
const VIEWPORT = { width: 1400, height: 900 };
const NARROW = { width: 360, height: 740 };
/** Sub-pixel rounding and scrollbars: overflow smaller than this is not counted. */
const OVERFLOW_TOLERANCE_PX = 4;
/**
 * How long the card may take to reflect the platform's tools: the fact sources gather on
 * their own schedule after start-up (a few seconds on a fresh start, up to their cadence
 * when an earlier run left its schedule in .data), and the page is reloaded until then.
 */
const FACTS_WAIT_MS = Number(process.env.E2E_FACTS_WAIT_MS ?? 240_000);

const ENTITY_PATH = '/catalog/default/component/portail-usager';
const GROUP_PATH = '/catalog/default/group/direction-numerique';
/** Fails SonarQube's quality gate in the simulator while its declared steps 1 and 2 pass. */
const FAILING_SONAR_PATH = '/catalog/default/component/suivi-demandes';
/** The fact sources the portal configures, all answered by the platform simulator (app-config.yaml). */
const SOURCE_IDS = [
  'console',
  'gitlab',
  'sonarqube',
  'harbor',
  'kyverno',
  'argocd',
];

/** The UI texts the checks look for, per language. */
const TEXTS = {
  fr: {
    // entityCard.title
    cardTitle: 'Embarquement Cloud Pi Native',
    // entityCard.evidencedStep, step 4: gate 3 passed, measured by the platform's tools
    evidencedStep: "Étape 4 sur 5, d'après les preuves",
    // entityCard.verdictNoGo, step 4 (the sentence goes on with the count)
    verdictStart: "NO-GO pour sortir de l'étape 4",
    // entityCard.blockersTitle
    blockersTitle: 'Ce qui bloque la porte',
    // criterion S4-HOMOLOGATION (onboarding-common defaultCriteria), judged on an annotation
    blocker: "L'homologation de sécurité est en cours de validité",
    // criterion S4-ALERT-RULES (onboarding-common measured/gitlab), measured by GitLab
    measuredBlocker: "Au moins une règle d'alerte est déclarée",
    // provenance.declared
    declared: 'Déclaré (annotation)',
    // provenance.measured: 'Mesuré par {{source}}, recueilli le {{date}}'
    measuredBy: source =>
      new RegExp(`^Mesuré par ${source}\\b.*, recueilli le `),
    // state.fail
    stateFail: 'Non rempli',
    // entityCard.resourcesFor, step 4
    resourcesFor: 'Ressources recommandées, étape 4',
    // entityContent.stepHeading: 'Étape {{step}} : {{title}}'
    stepHeading: n => new RegExp(`^Étape ${n} : \\S`),
    // entityContent.refresh / entityContent.refreshed, step 3
    refresh: 'Réévaluer maintenant',
    refreshed: "Réévaluée : l'entité est à l'étape 4.",
    // team.distributionLabel: 'Entités par étape : {{summary}}'
    distributionLabel: /^Entités par étape : /,
    // templates.rank: 'N° {{rank}}'
    rank: n => `N° ${n}`,
  },
  en: {
    cardTitle: 'Cloud Pi Native onboarding',
    evidencedStep: 'Step 4 of 5, according to the evidence',
    verdictStart: 'NO-GO to leave step 4',
    blockersTitle: 'What blocks the gate',
    blocker: 'The security accreditation is current',
    measuredBlocker: 'At least one alert rule is declared',
    declared: 'Declared (annotation)',
    measuredBy: source =>
      new RegExp(`^Measured by ${source}\\b.*, gathered on `),
    stateFail: 'Not met',
    // state.pass
    statePass: 'Met',
    resourcesFor: 'Recommended resources, step 4',
    stepHeading: n => new RegExp(`^Step ${n}: \\S`),
    refresh: 'Re-evaluate now',
    refreshed: 'Evaluated again: the entity stands at step 4.',
    // entityContent.gateLabel
    gateLabel: (n, verdict) => `Gate of step ${n}: ${verdict}`,
    // criteria S3-SONAR-QUALITY-GATE (measured/sonarqube) and S1-SPONSOR, S2-PLAN (declared)
    sonarGate: 'The SonarQube quality gate is green',
    declaredPassing: [
      'A sponsor backs the initiative',
      'The project plan is written',
    ],
    // page.sourcesTab, sources.simulated, sources.tableTitle
    sourcesTab: 'Fact sources',
    simulatorBadge: 'Simulator',
    sourcesTable: 'Configured fact sources',
    distributionLabel: /^Entities per step: /,
    rank: n => `No. ${n}`,
  },
};

/** A step-4 resource for every perimeter (onboarding-common resources.ts). */
const RESOURCE = {
  title: 'Cybersécurité des projets numériques',
  url: 'https://mentor.gouv.fr/local/catalog/pages/training.php?trainingid=494',
};

/** The example templates, best first (examples/templates). */
const TEMPLATES_IN_ORDER = [
  'Service Cloud Pi Native (complet)',
  'API REST basique',
  'Script rapide',
];

// ---------------------------------------------------------------------------
// Helpers

const escapeRegExp = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = s => new RegExp(`^\\s*${escapeRegExp(s)}\\s*$`);
const startingWith = s => new RegExp(`^\\s*${escapeRegExp(s)}`);
const short = (text, max = 240) =>
  text.length > max ? `${text.slice(0, max)}…` : text;
const seconds = ms => `${(ms / 1000).toFixed(1)} s`;

class CheckError extends Error {}

/** Waits until the locator is visible, or fails naming what was expected. */
async function expectVisible(locator, what, timeout = WAIT_MS) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (e) {
    throw new CheckError(
      `not visible within ${seconds(timeout)}: ${what}` +
        (e?.name === 'TimeoutError' ? '' : ` (${e.message})`),
    );
  }
  return locator.first();
}

/** Polls `read` until `accept` holds for its value; fails with the last value seen. */
async function waitForValue(read, accept, what, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (e) {
      last = `error: ${e.message}`;
    }
    if (Date.now() > deadline)
      throw new CheckError(
        `${what}: not met within ${seconds(
          timeout,
        )}; last value ${JSON.stringify(last)}`,
      );
    await new Promise(r => setTimeout(r, 250));
  }
}

function check(condition, message) {
  if (!condition) throw new CheckError(message);
}

/** The onboarding overview card, told apart from the other cards by its header title. */
function onboardingCard(page, title) {
  // MUI class names may carry a numeric suffix (MuiCard-root-529), hence [class*=].
  return page.locator('[class*="MuiCard-root"]').filter({
    has: page.locator('[class*="MuiCardHeader-title"]', {
      hasText: exactly(title),
    }),
  });
}

/** Sets the language the way Backstage's AppLanguageSelector stores it; applies on the next load. */
async function storeLanguage(page, language) {
  await page.evaluate(
    l => window.localStorage.setItem('language', l),
    language,
  );
}

async function storedLanguage(page) {
  return page.evaluate(() => window.localStorage.getItem('language'));
}

async function goto(page, urlPath) {
  await page.goto(`${BASE_URL}${urlPath}`, {
    waitUntil: 'domcontentloaded',
    timeout: FIRST_LOAD_MS,
  });
}

/**
 * Opens the component page and waits for the card's evaluated body (not only its
 * spinner) to show the step the platform's measurements support, reloading while the
 * fact sources have not gathered yet.
 */
async function openCard(page, texts) {
  const card = onboardingCard(page, texts.cardTitle);
  const step = card.getByText(exactly(texts.evidencedStep));
  const deadline = Date.now() + FACTS_WAIT_MS;
  let last = '';
  for (;;) {
    await goto(page, ENTITY_PATH);
    await expectVisible(card, `the card titled "${texts.cardTitle}"`);
    await expectVisible(
      card.getByText(/d'après les preuves|according to the evidence/),
      'the evidenced step in the card',
    );
    if (await step.count()) return card;
    last = (await card.innerText()).replace(/\s+/g, ' ').slice(0, 400);
    if (Date.now() > deadline)
      throw new CheckError(
        `"${texts.evidencedStep}" not in the card within ${seconds(
          FACTS_WAIT_MS,
        )} (have the fact sources gathered?); last card text: ${JSON.stringify(
          last,
        )}`,
      );
    await new Promise(r => setTimeout(r, 10_000));
  }
}

/** The list item of a criterion, found by its title, within `scope`. */
function criterionItem(scope, title) {
  return scope.locator('li').filter({ hasText: title });
}

/** Checks that a criterion item shows a state and where its evidence comes from. */
async function checkCriterion(scope, title, state, provenance) {
  const item = await expectVisible(
    criterionItem(scope, title),
    `the criterion "${title}"`,
  );
  const text = (await item.innerText()).replace(/\s+/g, ' ');
  check(
    text.includes(state),
    `the criterion "${title}" is not marked "${state}": ${JSON.stringify(
      short(text),
    )}`,
  );
  await expectVisible(
    item.getByTestId('evidence-source').filter({ hasText: provenance }),
    `"${provenance}" on the criterion "${title}"`,
  );
  return (await item.getByTestId('evidence-source').first().innerText()).trim();
}

/** Checks the card of portail-usager: evidenced step, verdict, blocker, resources. */
async function checkCard(page, language) {
  const texts = TEXTS[language];
  const card = await openCard(page, texts);
  const verdict = await expectVisible(
    card
      .getByRole('status')
      .filter({ hasText: startingWith(texts.verdictStart) }),
    `a verdict starting "${texts.verdictStart}"`,
  );
  const verdictText = (await verdict.innerText()).trim();
  await expectVisible(
    card.getByRole('heading', { name: texts.blockersTitle }),
    `the heading "${texts.blockersTitle}"`,
  );
  const blocker = await expectVisible(
    card.locator('li').filter({ hasText: texts.blocker }),
    `the blocker "${texts.blocker}"`,
  );
  const blockerText = await blocker.innerText();
  check(
    blockerText.includes(texts.stateFail),
    `the blocker "${texts.blocker}" is not marked "${
      texts.stateFail
    }": ${JSON.stringify(blockerText)}`,
  );
  const declared = await checkCriterion(
    card,
    texts.blocker,
    texts.stateFail,
    texts.declared,
  );
  const measured = await checkCriterion(
    card,
    texts.measuredBlocker,
    texts.stateFail,
    texts.measuredBy('GitLab'),
  );
  await expectVisible(
    card.getByRole('heading', { name: texts.resourcesFor }),
    `the heading "${texts.resourcesFor}"`,
  );
  const link = await expectVisible(
    card.getByRole('link', { name: startingWith(RESOURCE.title) }),
    `the resource link "${RESOURCE.title}"`,
  );
  const href = await link.getAttribute('href');
  check(
    href === RESOURCE.url,
    `the link "${RESOURCE.title}" points to ${href}, not ${RESOURCE.url}`,
  );
  const links = await card.getByRole('link').count();
  return `verdict "${verdictText}"; blocker "${texts.blocker}" (${texts.stateFail}, "${declared}"); blocker "${texts.measuredBlocker}" ("${measured}"); ${links} links in the card, incl. "${RESOURCE.title}"`;
}

/** Opens the card in the given language at the current (narrow) size, links rendered. */
async function openNarrowCard(page, language) {
  await storeLanguage(page, language);
  const card = await openCard(page, TEXTS[language]);
  // Let the resource list finish rendering before measuring.
  await expectVisible(
    card.getByRole('link', { name: startingWith(RESOURCE.title) }),
    `the resource link "${RESOURCE.title}"`,
  );
  return card;
}

// ---------------------------------------------------------------------------
// Test cases

// ---------------------------------------------------------------------------
// Issue 12 §3: the prequalification form, filled and submitted in the browser

/** An example entity that declares nothing for step 1: its sponsor criterion fails on annotations. */
const FORM_ENTITY_PATH = '/catalog/default/component/simulateur-droits';

const FORM_TEXTS = {
  fr: {
    sponsorQuestion: 'Sponsor ou décideur informé',
    fundingOption: 'Programme (FTAP…)',
    submit: 'Soumettre',
    submitted:
      /^Soumis \(version \d+\) : la porte lit désormais ces réponses\.$/,
    sponsorCriterion: 'Un sponsor soutient la démarche',
    statePass: 'Rempli',
    provenance:
      /^Répondu dans le formulaire « Préqualification \(diagnostic flash\) », soumis le /,
  },
  en: {
    sponsorQuestion: 'Sponsor or decision maker informed',
    fundingOption: 'Programme (FTAP…)',
    submit: 'Submit',
    submitted:
      /^Submitted \(version \d+\): the gate now reads these answers\.$/,
    sponsorCriterion: 'A sponsor backs the initiative',
    statePass: 'Met',
    provenance:
      /^Answered in the form "Prequalification \(quick diagnosis\)", submitted on /,
  },
};

/**
 * Fills the sponsor and funding of simulateur-droits' prequalification, submits it, and
 * checks that the sponsor criterion now passes, saying the form answered it. Only these
 * two answers: the gate stays NO-GO (no project type), so no other check's counts move.
 */
async function checkPrequalificationForm(page, language) {
  const texts = FORM_TEXTS[language];
  await goto(page, `${FORM_ENTITY_PATH}/onboarding`);
  const sponsor = await expectVisible(
    page.getByLabel(texts.sponsorQuestion),
    `the question "${texts.sponsorQuestion}"`,
  );
  await sponsor.fill('user:default/directrice.programme');
  await page.getByLabel(texts.fundingOption).check();
  await page.getByRole('button', { name: texts.submit, exact: true }).click();
  await expectVisible(
    page.getByRole('status').filter({ hasText: texts.submitted }),
    `the confirmation ${texts.submitted}`,
  );
  const item = criterionItem(page, texts.sponsorCriterion);
  await waitForValue(
    async () => (await item.innerText()).replace(/\s+/g, ' '),
    text => text.includes(texts.statePass),
    `the criterion "${texts.sponsorCriterion}" marked "${texts.statePass}"`,
  );
  const provenance = await expectVisible(
    item.getByTestId('evidence-source').filter({ hasText: texts.provenance }),
    `${texts.provenance} on "${texts.sponsorCriterion}"`,
  );
  return `submitted the prequalification; "${texts.sponsorCriterion}" ${
    texts.statePass
  }: "${(await provenance.innerText()).trim()}"`;
}

const tests = [
  {
    name: 'card in French on the component page',
    shot: '01-card-fr',
    async run({ page }) {
      const detail = await checkCard(page, 'fr');
      const lang = await storedLanguage(page);
      check(
        lang === null || lang === 'fr',
        `the stored language is ${lang}, expected the French default`,
      );
      return detail;
    },
  },
  {
    name: 'card in English after switching the language in Settings',
    shot: '02-card-en',
    async run({ page, shot, state }) {
      await goto(page, '/settings');
      // plugin-user-settings' language toggle: a select showing the current language.
      const select = await expectVisible(
        page
          .locator('[aria-haspopup="listbox"]')
          .filter({ hasText: /Français/i }),
        'the language select (showing "Français") in Settings',
      );
      await select.click();
      await (
        await expectVisible(
          page.getByRole('option', { name: /^English$/ }),
          'the "English" option',
        )
      ).click();
      await expectVisible(
        page
          .locator('[aria-haspopup="listbox"]')
          .filter({ hasText: /English/ }),
        'the language select showing "English"',
      );
      await shot('02a-settings-en');
      const stored = await waitForValue(
        () => storedLanguage(page),
        l => l === 'en',
        'localStorage "language" set to "en"',
        10_000,
      );
      state.switchedInSettings = true;
      const detail = await checkCard(page, 'en');
      return `switched in Settings (stored language "${stored}"); ${detail}`;
    },
  },
  {
    name: 'entity onboarding tab lists the steps and re-evaluates',
    shot: '03-entity-tab',
    async run({ page, language }) {
      const texts = TEXTS[language];
      await goto(page, `${ENTITY_PATH}/onboarding`);
      const headings = [];
      for (const n of [1, 2, 3, 4, 5]) {
        const heading = await expectVisible(
          page.getByRole('heading', { level: 3, name: texts.stepHeading(n) }),
          `a heading matching ${texts.stepHeading(n)}`,
        );
        headings.push((await heading.innerText()).trim());
      }
      const button = await expectVisible(
        page.getByRole('button', { name: texts.refresh }),
        `the "${texts.refresh}" button`,
      );
      await button.click();
      await expectVisible(
        page.getByRole('status').filter({ hasText: exactly(texts.refreshed) }),
        `the confirmation "${texts.refreshed}"`,
      );
      return `steps: ${headings.map(h => `"${h}"`).join(', ')}; clicked "${
        texts.refresh
      }" → "${texts.refreshed}"`;
    },
  },
  {
    name: 'group onboarding tab shows the step distribution and the entities',
    shot: '04-group-tab',
    async run({ page, language }) {
      const texts = TEXTS[language];
      await goto(page, `${GROUP_PATH}/onboarding`);
      const distribution = await expectVisible(
        page.getByRole('img', { name: texts.distributionLabel }),
        `an svg role=img labelled ${texts.distributionLabel}`,
      );
      const tag = await distribution.evaluate(el => el.tagName.toLowerCase());
      check(
        tag === 'svg',
        `the distribution chart is a <${tag}>, not an <svg>`,
      );
      const label = await distribution.getAttribute('aria-label');
      // Entities by their catalog title, linking to their onboarding tab (no raw refs).
      const ref = 'Portail usager';
      const row = page.getByRole('row').filter({ hasText: ref });
      try {
        await row.first().waitFor({ state: 'visible', timeout: WAIT_MS });
      } catch {
        // Not on the table's first page: use its search box.
        const search = await expectVisible(
          page.getByPlaceholder(/search/i),
          'the table search box',
        );
        await search.fill('portail-usager');
        await expectVisible(row, `a table row with "${ref}"`);
      }
      const href = await row
        .first()
        .getByRole('link', { name: ref })
        .getAttribute('href');
      check(
        href === `${ENTITY_PATH}/onboarding`,
        `the "${ref}" link goes to ${href}, expected ${ENTITY_PATH}/onboarding`,
      );
      const heading = await expectVisible(
        page.getByRole('heading', { name: /— Direction du numérique$/ }),
        'the team heading named by its title "Direction du numérique"',
      );
      const raw = await page
        .getByRole('table')
        .first()
        .evaluate(el => el.innerText.match(/(component|group):default\/\S+/));
      check(
        raw === null,
        `a raw entity ref is shown in the table: ${raw?.[0]}`,
      );
      const rows = await page.getByRole('row').count();
      return `chart "${label}"; heading "${(
        await heading.innerText()
      ).trim()}"; table row "${ref}" found linking to its onboarding tab, no raw ref (${rows} rows shown, header included)`;
    },
  },
  {
    name: 'template scores list the three examples in order',
    shot: '05-templates',
    // Tall enough for the three cards in one screenshot (the page scrolls inside its
    // content box, which a full-page screenshot does not unroll).
    viewport: { width: 1400, height: 1500 },
    async run({ page, language }) {
      const texts = TEXTS[language];
      await goto(page, '/onboarding?view=templates');
      const cards = page.locator('[data-testid="template-score"]');
      await expectVisible(cards, 'a card with data-testid="template-score"');
      const titles = await waitForValue(
        () =>
          cards.evaluateAll(els =>
            els.map(el =>
              (
                el.querySelector('[class*="MuiCardHeader-title"]')
                  ?.textContent ?? ''
              )
                .replace(/\s+/g, ' ')
                .trim(),
            ),
          ),
        list => list.length >= TEMPLATES_IN_ORDER.length,
        `${TEMPLATES_IN_ORDER.length} template cards`,
      );
      const expected = TEMPLATES_IN_ORDER.map(
        (title, i) => `${texts.rank(i + 1)} · ${title}`,
      );
      check(
        titles.length === expected.length &&
          expected.every((title, i) => titles[i] === title),
        `template cards ${JSON.stringify(titles)}, expected ${JSON.stringify(
          expected,
        )}`,
      );
      return titles.map(t => `"${t}"`).join(', ');
    },
  },
  {
    name: `card fits a narrow screen (${NARROW.width}×${NARROW.height}), French and English`,
    shot: '06-narrow',
    viewport: NARROW,
    async run({ page }) {
      const reports = [];
      const failures = [];
      // French first: its texts are the longest.
      for (const lang of ['fr', 'en']) {
        const card = await openNarrowCard(page, lang);
        const m = await card.evaluate((el, tolerance) => {
          const vw = window.innerWidth;
          const rect = el.getBoundingClientRect();
          // The outermost elements sticking out to the right of the viewport; the
          // inside of clipping or scrolling boxes cannot widen the page.
          const culprits = [];
          const walk = node => {
            for (const child of node.children) {
              if (culprits.length >= 5) return;
              const r = child.getBoundingClientRect();
              if (r.width > 0 && r.right > vw + tolerance)
                culprits.push(
                  `${describe(child)} (right ${Math.round(
                    r.right,
                  )}px, width ${Math.round(r.width)}px)`,
                );
              else if (getComputedStyle(child).overflowX === 'visible')
                walk(child);
            }
          };
          function describe(e) {
            const cls =
              typeof e.className === 'string'
                ? e.className
                    .split(/\s+/)
                    .filter(c => c && !/-\d+$/.test(c))
                    .slice(0, 2)
                    .join('.')
                : '';
            return `${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`;
          }
          walk(document.body);
          return {
            viewport: vw,
            docScrollWidth: document.documentElement.scrollWidth,
            bodyScrollWidth: document.body.scrollWidth,
            cardScrollWidth: el.scrollWidth,
            cardClientWidth: el.clientWidth,
            cardLeft: Math.round(rect.left + window.scrollX),
            cardRight: Math.round(rect.right + window.scrollX),
            culprits,
          };
        }, OVERFLOW_TOLERANCE_PX);
        await card.scrollIntoViewIfNeeded();
        await card.screenshot({
          path: path.join(OUT_DIR, `06-narrow-${lang}-card.png`),
        });
        const pageFits = m.docScrollWidth <= m.viewport + OVERFLOW_TOLERANCE_PX;
        const cardFits =
          m.cardScrollWidth <= m.cardClientWidth + 1 &&
          m.cardRight <= m.viewport + OVERFLOW_TOLERANCE_PX;
        reports.push(
          `${lang}: viewport ${m.viewport}px, document scrollWidth ${m.docScrollWidth}px, body scrollWidth ${m.bodyScrollWidth}px, card scrollWidth/clientWidth ${m.cardScrollWidth}/${m.cardClientWidth}px, card spans ${m.cardLeft}–${m.cardRight}px` +
            (m.culprits.length
              ? `; sticking out of the page: ${m.culprits.join(', ')}`
              : ''),
        );
        if (!pageFits && !cardFits)
          failures.push(
            `${lang}: the page (${m.docScrollWidth}px) and the card (${m.cardScrollWidth}px wide content, right edge ${m.cardRight}px) overflow the ${m.viewport}px viewport`,
          );
        else if (!pageFits)
          reports.push(
            `${lang}: the page overflows but the card itself fits (the overflow comes from elsewhere)`,
          );
      }
      if (failures.length)
        throw new CheckError(`${failures.join('; ')} | ${reports.join(' | ')}`);
      return reports.join(' | ');
    },
  },
  {
    // Not overflowing is not enough: a box that hides what does not fit (overflow
    // hidden) keeps the page narrow while cutting its text off. Boxes that scroll
    // (overflow auto/scroll, like the stepper) are reported, not failed.
    name: `no text of the card is cut off on a narrow screen (${NARROW.width}×${NARROW.height}), French and English`,
    shot: '07-narrow-clipping',
    viewport: NARROW,
    async run({ page }) {
      const reports = [];
      const failures = [];
      for (const lang of ['fr', 'en']) {
        const card = await openNarrowCard(page, lang);
        const r = await card.evaluate(root => {
          const describe = e => {
            const cls =
              typeof e.className === 'string'
                ? e.className
                    .split(/\s+/)
                    .filter(c => c && !/-\d+$/.test(c))
                    .slice(0, 2)
                    .join('.')
                : '';
            return `${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`;
          };
          const clipped = [];
          const scrolling = [];
          for (const el of [root, ...root.querySelectorAll('*')]) {
            const overflow = getComputedStyle(el).overflowX;
            // Skips boxes not drawn and visually hidden texts for screen readers
            // (1px boxes such as the links' ", Opens in a new window").
            if (
              overflow === 'visible' ||
              el.getClientRects().length === 0 ||
              el.clientWidth <= 2
            )
              continue;
            if (el.scrollWidth <= el.clientWidth + 1) continue;
            const text = (el.innerText ?? '').replace(/\s+/g, ' ').trim();
            const item = `${describe(el)} shows ${el.clientWidth}px of ${
              el.scrollWidth
            }px: "${text.length > 70 ? `${text.slice(0, 70)}…` : text}"`;
            if (overflow === 'auto' || overflow === 'scroll')
              scrolling.push(item);
            else clipped.push(item);
          }
          return { clipped, scrolling };
        });
        if (r.clipped.length)
          failures.push(
            `${lang}: ${
              r.clipped.length
            } box(es) cut their text off: ${r.clipped.join('; ')}`,
          );
        reports.push(
          `${lang}: ${r.clipped.length} box(es) cutting text off` +
            (r.scrolling.length
              ? `; scrolls sideways: ${r.scrolling.join('; ')}`
              : ''),
        );
      }
      if (failures.length)
        throw new CheckError(
          `${failures.join(' | ')} || ${reports.join(' | ')}`,
        );
      return reports.join(' | ');
    },
  },
  {
    name: 'portail-usager passed gate 3 on what the platform tools measured',
    shot: '08-measured-gate',
    async run({ page, language }) {
      const texts = TEXTS[language];
      // The card reflects the gathered facts first (reloads until then).
      await openCard(page, texts);
      await goto(page, `${ENTITY_PATH}/onboarding`);
      const step3 = await expectVisible(
        page.getByRole('region', { name: texts.stepHeading(3) }),
        `the section of step 3`,
      );
      await expectVisible(
        step3.getByText(exactly(texts.gateLabel(3, 'GO'))),
        `"${texts.gateLabel(3, 'GO')}"`,
      );
      const sonar = await checkCriterion(
        step3,
        texts.sonarGate,
        texts.statePass,
        texts.measuredBy('SonarQube'),
      );
      const note = await step3.getByTestId('gate-on-declarations').count();
      check(note === 0, 'step 3 says its gate rests on declarations');
      return `"${texts.gateLabel(3, 'GO')}"; "${texts.sonarGate}" ${
        texts.statePass
      }: "${sonar}"`;
    },
  },
  {
    name: 'suivi-demandes: the SonarQube quality gate fails, measured, while declared steps 1 and 2 pass',
    shot: '09-measured-failure',
    async run({ page, language }) {
      const texts = TEXTS[language];
      await goto(page, `${FAILING_SONAR_PATH}/onboarding`);
      const step3 = await expectVisible(
        page.getByRole('region', { name: texts.stepHeading(3) }),
        `the section of step 3`,
      );
      const sonar = await checkCriterion(
        step3,
        texts.sonarGate,
        texts.stateFail,
        texts.measuredBy('SonarQube'),
      );
      const declared = [];
      for (const [i, title] of texts.declaredPassing.entries()) {
        const section = page.getByRole('region', {
          name: texts.stepHeading(i + 1),
        });
        await expectVisible(
          section.getByText(exactly(texts.gateLabel(i + 1, 'GO'))),
          `"${texts.gateLabel(i + 1, 'GO')}"`,
        );
        declared.push(
          `"${title}": ${await checkCriterion(
            section,
            title,
            texts.statePass,
            texts.declared,
          )}`,
        );
      }
      return `"${texts.sonarGate}" ${
        texts.stateFail
      }: "${sonar}"; ${declared.join('; ')}`;
    },
  },
  {
    name: `fact sources view lists the ${SOURCE_IDS.length} sources, each flagged as the simulator, and fits ${NARROW.width} px`,
    shot: '10-sources',
    viewport: { width: 1400, height: 1200 },
    async run({ page, language }) {
      const texts = TEXTS[language];
      await goto(page, '/onboarding?view=sources');
      await expectVisible(
        page.getByRole('table', { name: texts.sourcesTable }),
        `the table "${texts.sourcesTable}"`,
      );
      await expectVisible(
        page.getByRole('tab', { name: texts.sourcesTab, selected: true }),
        `the selected tab "${texts.sourcesTab}"`,
      );
      const rows = page.locator('[data-testid="fact-source"]');
      const seen = await waitForValue(
        () =>
          rows.evaluateAll(els =>
            els.map(el => ({
              id: el.dataset.source,
              badge:
                el
                  .querySelector('[data-testid="simulated-badge"]')
                  ?.textContent?.trim() ?? '',
            })),
          ),
        list => list.length >= SOURCE_IDS.length,
        `${SOURCE_IDS.length} fact source rows`,
      );
      const ids = seen.map(r => r.id).sort();
      check(
        JSON.stringify(ids) === JSON.stringify([...SOURCE_IDS].sort()),
        `sources ${JSON.stringify(ids)}, expected ${JSON.stringify(
          SOURCE_IDS,
        )}`,
      );
      const unflagged = seen.filter(r => r.badge !== texts.simulatorBadge);
      check(
        unflagged.length === 0,
        `sources without the "${texts.simulatorBadge}" badge: ${JSON.stringify(
          unflagged,
        )}`,
      );
      // The table scrolls inside its own box on a narrow screen: the page does not.
      await page.setViewportSize(NARROW);
      await page.waitForTimeout(500);
      const widths = await page.evaluate(() => {
        const table = document.querySelector('table');
        const box = table?.parentElement;
        return {
          viewport: window.innerWidth,
          document: document.documentElement.scrollWidth,
          table: Math.round(table?.getBoundingClientRect().width ?? 0),
          box: box?.clientWidth ?? 0,
        };
      });
      check(
        widths.document <= widths.viewport + OVERFLOW_TOLERANCE_PX,
        `at ${widths.viewport} px the page is ${widths.document} px wide`,
      );
      // Its columns keep their width (the box scrolls) instead of wrapping letter by letter.
      check(
        widths.table > widths.box,
        `at ${widths.viewport} px the table (${widths.table} px) is squeezed into its box (${widths.box} px)`,
      );
      return `${seen.length} sources (${ids.join(', ')}), each badged "${
        texts.simulatorBadge
      }"; at ${widths.viewport} px the page is ${
        widths.document
      } px wide, the table (${widths.table} px) scrolls in its ${
        widths.box
      } px box`;
    },
  },
  {
    name: 'prequalification form: filled and submitted, the sponsor criterion passes',
    shot: '11-prequalification-form',
    viewport: { width: 1400, height: 1600 },
    run: ({ page, language }) => checkPrequalificationForm(page, language),
  },
];

// ---------------------------------------------------------------------------
// MCP server (AI assistants): not a browser check, the portal's own MCP endpoint called
// as the README tells an assistant to (static token of app-config.yaml).

const MCP_URL = `${(
  process.env.E2E_BACKEND_URL ?? 'http://localhost:7007'
).replace(/\/+$/, '')}/api/mcp-actions/v1`;
/** The local static token of app-config.yaml (backend.auth.externalAccess). */
const MCP_TOKEN = 'local-mcp-assistant-token';

/** One JSON-RPC call to the MCP endpoint; the answer comes as JSON or as one SSE event. */
async function mcpCall(method, params, token = MCP_TOKEN) {
  const res = await fetch(MCP_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json, text/event-stream',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const text = await res.text();
  if (!res.ok) return { status: res.status };
  const data = res.headers.get('content-type')?.includes('text/event-stream')
    ? text
        .split('\n')
        .find(line => line.startsWith('data: '))
        ?.slice('data: '.length)
    : text;
  return { status: res.status, body: JSON.parse(data ?? 'null') };
}

const mcpTests = [
  {
    name: 'MCP: the onboarding tools, read-only, called with the static token',
    shot: '20-mcp',
    async run() {
      const anonymous = await mcpCall('tools/list', {}, null);
      check(
        anonymous.status === 401,
        `without a token the MCP endpoint answers ${anonymous.status}, expected 401`,
      );
      const list = await mcpCall('tools/list', {});
      check(list.status === 200, `tools/list answered ${list.status}`);
      const names = list.body.result.tools.map(t => t.name);
      const expected = [
        'onboarding.get-entity-onboarding-status',
        'onboarding.get-team-onboarding-summary',
        'onboarding.list-onboarding-criteria',
        'onboarding.evaluate-catalog-info',
        'catalog.get-catalog-entity',
      ];
      const missing = expected.filter(n => !names.includes(n));
      check(missing.length === 0, `tools missing: ${missing.join(', ')}`);
      // backend.actions.filter keeps the read-only actions only.
      check(
        !names.includes('catalog.register-entity'),
        'the destructive catalog.register-entity is listed',
      );
      const call = await mcpCall('tools/call', {
        name: 'onboarding.get-entity-onboarding-status',
        arguments: {
          entityRef: 'component:default/portail-usager',
          language: 'en',
        },
      });
      const result = call.body?.result;
      check(
        result && !result.isError,
        `the tool call failed: ${JSON.stringify(result ?? call)}`,
      );
      const status = result.structuredContent;
      check(
        status.entityRef === 'component:default/portail-usager' &&
          status.step >= 1 &&
          status.step <= 5 &&
          Array.isArray(status.blockers),
        `unexpected status: ${short(JSON.stringify(status))}`,
      );
      return `${names.length} tools (${
        names.filter(n => n.startsWith('onboarding.')).length
      } onboarding); portail-usager at step ${status.step}, ${
        status.verdict
      }, ${status.blockers.length} blockers`;
    },
  },
];
tests.push(...mcpTests);
// Catalog filters by onboarding (issue 11 §2)

/** The component links of the page (the catalog list's names), as `namespace/name`, sorted. */
async function listedComponents(page) {
  return page.evaluate(() =>
    [
      ...new Set(
        [...document.querySelectorAll('a[href]')]
          .map(a => new URL(a.href).pathname)
          .map(p => p.match(/\/catalog\/([^/]+)\/component\/([^/]+)\/?$/))
          .filter(Boolean)
          .map(m => `${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`),
      ),
    ].sort(),
  );
}

/** Opens one of the onboarding pickers and ticks the option whose label starts with `text`. */
async function tickOnboardingOption(page, picker, text) {
  await (
    await expectVisible(
      page.getByTestId(`${picker}-expand`),
      `the expand button of ${picker}`,
    )
  ).click();
  await (
    await expectVisible(
      page.getByRole('option', { name: startingWith(text) }),
      `the option "${text}" of ${picker}`,
    )
  ).click();
  await page.keyboard.press('Escape');
}

tests.push({
  name: 'catalog list filters by onboarding step and next gate verdict',
  shot: '20-catalog-onboarding-filters',
  async run({ page }) {
    // The page's own request to the bulk route: counted, and its answer is what the list must show.
    const answers = [];
    const onResponse = async response => {
      if (new URL(response.url()).pathname === '/api/onboarding/catalog-filter')
        answers.push(await response.json().catch(() => undefined));
    };
    page.on('response', onResponse);
    try {
      // A fresh answer (200 with its body), not the browser's revalidated copy (304).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
      // Every component (not only the guest's), so that the expectation is the API's alone.
      await goto(page, '/?filters%5Bkind%5D=component&filters%5Buser%5D=all');
      await expectVisible(
        page.getByText(exactly('Onboarding step')),
        'the "Onboarding step" filter',
      );
      await expectVisible(
        page.getByText(exactly('Next gate verdict')),
        'the "Next gate verdict" filter',
      );
      const [index] = await waitForValue(
        async () => answers,
        a => a.length > 0 && a[0],
        'the answer of GET /api/onboarding/catalog-filter',
      );
      const components = (step, verdict) =>
        index.groups
          .filter(g => g.step === step && (!verdict || g.verdict === verdict))
          .flatMap(g => g.entityRefs)
          .filter(ref => ref.startsWith('component:'))
          .map(ref => ref.slice('component:'.length))
          .sort();
      // The step holding the most components at NO-GO: a choice that filters something.
      const step = [1, 2, 3, 4, 5].sort(
        (a, b) => components(b, 'NO-GO').length - components(a, 'NO-GO').length,
      )[0];
      const expected = components(step, 'NO-GO');
      check(
        expected.length > 0,
        `no component at NO-GO in ${JSON.stringify(index)}`,
      );
      const all = await waitForValue(
        () => listedComponents(page),
        l => l.length > expected.length,
        `more than ${expected.length} components listed before filtering`,
      );

      await tickOnboardingOption(
        page,
        'onboarding-step-picker',
        `Step ${step} (`,
      );
      const atStep = components(step);
      await waitForValue(
        () => listedComponents(page),
        l => JSON.stringify(l) === JSON.stringify(atStep),
        `exactly the components at step ${step}: ${atStep.join(', ')}`,
      );
      await tickOnboardingOption(page, 'onboarding-verdict-picker', 'NO-GO (');
      const shown = await waitForValue(
        () => listedComponents(page),
        l => JSON.stringify(l) === JSON.stringify(expected),
        `exactly the components at step ${step} with NO-GO: ${expected.join(
          ', ',
        )}`,
      );
      const url = decodeURIComponent(page.url());
      check(
        url.includes(`filters[onboardingStep]=${step}`) &&
          url.includes('filters[onboardingVerdict]=NO-GO'),
        `the page URL does not keep the choices: ${url}`,
      );
      check(
        answers.length === 1,
        `${answers.length} requests to /api/onboarding/catalog-filter for one page view`,
      );
      return `${
        all.length
      } components listed; step ${step} + NO-GO shows exactly ${
        shown.length
      } (${shown.join(', ')}), from 1 request to /catalog-filter`;
    } finally {
      page.off('response', onResponse);
    }
  },
});
// i11 home: the home page card and the search of the journey's resources

/** The guest user's team (examples/org.yaml) and a resource search must find. */
const GUEST_GROUP_PATH = '/catalog/default/group/equipe-plateforme';
const SEARCHED_RESOURCE = 'Sécurité cloud vs sécurité on-premise';

const HOME_AND_SEARCH_TESTS = [
  {
    name: 'home page shows the My teams card with the guest team',
    shot: '11-home-my-teams',
    async run({ page }) {
      await goto(page, '/home');
      await expectVisible(
        page.getByRole('heading', { name: 'My teams' }),
        'the "My teams" heading',
      );
      const link = await expectVisible(
        page.locator(`a[href="${GUEST_GROUP_PATH}/onboarding"]`),
        `a link to ${GUEST_GROUP_PATH}/onboarding`,
      );
      const team = (await link.innerText()).trim();
      const item = page.getByRole('listitem').filter({ has: link });
      const counts = await expectVisible(
        item.getByText(/^Entities evaluated: [1-9]\d*/),
        'the team\'s "Entities evaluated: N" line',
      );
      const blocks = await expectVisible(
        item.getByText(/^(Blocks most: |Nothing blocks)/),
        'what blocks most',
      );
      return `team "${team}": "${(await counts.innerText()).trim()}"; "${(
        await blocks.innerText()
      ).trim()}"`;
    },
  },
  {
    name: 'search finds the recommended resource for "sécurité cloud"',
    shot: '12-search-resources',
    async run({ page }) {
      // The index is built shortly after start-up; a first search may come too early.
      const result = page.getByRole('link', {
        name: new RegExp(escapeRegExp(SEARCHED_RESOURCE)),
      });
      await waitForValue(
        async () => {
          await goto(
            page,
            `/search?query=${encodeURIComponent('sécurité cloud')}`,
          );
          try {
            await result.first().waitFor({ state: 'visible', timeout: 10_000 });
            return true;
          } catch {
            return false;
          }
        },
        found => found,
        `a search result "${SEARCHED_RESOURCE}"`,
        FACTS_WAIT_MS,
      );
      const href = await result.first().getAttribute('href');
      check(
        /^https:\/\//.test(href ?? ''),
        `the result links to ${href}, expected the resource's https URL`,
      );
      const step = await expectVisible(
        page.getByText(/^Recommended at step \d: /).first(),
        'the step the resource is recommended at',
      );
      return `"${SEARCHED_RESOURCE}" → ${href}; "${(
        await step.innerText()
      ).trim()}"`;
    },
  },
];
tests.push(...HOME_AND_SEARCH_TESTS);
// Accessibility and themes (issue 11 §7)
//
// axe-core (the npm package, injected from node_modules: nothing is downloaded) scans
// each onboarding view with the WCAG 2.1 AA rules RGAA builds on. A violation on an
// element inside one of the plugin's views (their roots carry data-onboarding-view)
// fails the check; the others are Backstage's (its sidebar, header, tabs…) and are
// reported, not failed. Each scan's full result goes to <out>/axe-<name>.json.

const AXE_SOURCE = path.join(
  repoRoot,
  'node_modules',
  'axe-core',
  'axe.min.js',
);
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TEMPLATE_PATH = '/catalog/default/template/service-cloud-pi-native';
/** The themes offered in Settings: Backstage's two and the DSFR one (packages/app). */
const THEMES = ['light', 'dark', 'dsfr'];

/** Runs axe on the current page; splits the violating nodes into the plugin's and Backstage's. */
async function axeScan(page, name) {
  if (!(await page.evaluate(() => typeof window.axe === 'object')))
    await page.addScriptTag({ path: AXE_SOURCE });
  const result = await page.evaluate(async tags => {
    const found = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    const inPlugin = target => {
      const selector = Array.isArray(target)
        ? target[target.length - 1]
        : target;
      try {
        return !!document
          .querySelector(selector)
          ?.closest('[data-onboarding-view]');
      } catch {
        return false;
      }
    };
    const split = { ours: [], backstage: [] };
    for (const v of found.violations) {
      for (const node of v.nodes) {
        const entry = {
          rule: v.id,
          impact: node.impact,
          target: node.target.join(' '),
          summary: node.failureSummary?.split('\n').slice(0, 2).join(' '),
        };
        split[inPlugin(node.target[0]) ? 'ours' : 'backstage'].push(entry);
      }
    }
    const views = [...document.querySelectorAll('[data-onboarding-view]')].map(
      e => e.dataset.onboardingView,
    );
    return { ...split, views, axe: found.testEngine.version };
  }, WCAG_21_AA);
  fs.writeFileSync(
    path.join(OUT_DIR, `axe-${name}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  return result;
}

/** "rule ×count, …" of a list of violating nodes. */
function countByRule(nodes) {
  const counts = new Map();
  for (const n of nodes) counts.set(n.rule, (counts.get(n.rule) ?? 0) + 1);
  return [...counts].map(([rule, n]) => `${rule} ×${n}`).join(', ') || 'none';
}

/** Scans a view whose root is `view`; fails on the plugin's violations. */
async function expectNoViolations(page, name, view) {
  await expectVisible(
    page.locator(`[data-onboarding-view="${view}"]`),
    `the plugin's view ${view}`,
  );
  // Let lazy parts (tables, charts) settle before scanning.
  await page
    .waitForLoadState('networkidle', { timeout: 5_000 })
    .catch(() => {});
  const r = await axeScan(page, name);
  check(
    r.views.includes(view),
    `no element marked data-onboarding-view="${view}" on the page`,
  );
  if (r.ours.length)
    throw new CheckError(
      `${
        r.ours.length
      } WCAG 2.1 AA violation(s) in the plugin's ${view}: ${r.ours
        .slice(0, 8)
        .map(n => `${n.rule} at ${n.target} (${n.summary})`)
        .join('; ')}`,
    );
  return `${name}: 0 in the plugin; Backstage's: ${countByRule(r.backstage)}`;
}

/** The onboarding views, each opened and waited for as a user would see it. */
const A11Y_VIEWS = [
  {
    name: 'entity-card',
    view: 'entity-card',
    open: async (page, texts) => openCard(page, texts),
  },
  {
    name: 'entity-tab',
    view: 'entity-content',
    open: async (page, texts) => {
      await goto(page, `${ENTITY_PATH}/onboarding`);
      await expectVisible(
        page.getByRole('region', { name: texts.stepHeading(5) }),
        'the section of step 5',
      );
    },
  },
  {
    name: 'group-tab',
    view: 'group-content',
    open: async page => {
      await goto(page, `${GROUP_PATH}/onboarding`);
      await expectVisible(
        // The team table names entities by title, linking to their pages.
        page.getByRole('row').filter({
          has: page.locator('a[href*="/catalog/default/component/"]'),
        }),
        'a row of the team table',
      );
    },
  },
  {
    name: 'page-teams',
    view: 'page',
    open: async page => {
      await goto(
        page,
        `/onboarding?view=teams&group=${encodeURIComponent(
          'group:default/direction-numerique',
        )}`,
      );
      await expectVisible(
        // The team table names entities by title, linking to their pages.
        page.getByRole('row').filter({
          has: page.locator('a[href*="/catalog/default/component/"]'),
        }),
        'a row of the team table',
      );
    },
  },
  {
    name: 'page-templates',
    view: 'page',
    open: async (page, texts) => {
      await goto(page, '/onboarding?view=templates');
      await expectVisible(
        page.getByText(startingWith(texts.rank(3))),
        `"${texts.rank(3)}"`,
      );
    },
  },
  {
    name: 'page-sources',
    view: 'page',
    open: async (page, texts) => {
      await goto(page, '/onboarding?view=sources');
      await expectVisible(
        page.getByRole('table', { name: texts.sourcesTable }),
        `the table "${texts.sourcesTable}"`,
      );
    },
  },
  {
    name: 'template-card',
    view: 'template-card',
    open: async page => {
      await goto(page, TEMPLATE_PATH);
      await expectVisible(
        page.locator(
          // The score bar replaces the loading bar once evaluated.
          '[data-onboarding-view="template-card"] [class*="MuiLinearProgress-determinate"]',
        ),
        'the evaluated template score card',
      );
    },
  },
];

/** Selects a theme in Settings with its toggle button (the way users do). */
async function selectThemeInSettings(page, title) {
  await goto(page, '/settings');
  const button = await expectVisible(
    page.getByRole('button', { name: new RegExp(escapeRegExp(title)) }),
    `the theme button "${title}" in Settings`,
  );
  await button.click();
  return waitForValue(
    () => page.evaluate(() => window.localStorage.getItem('theme')),
    v => v !== null,
    `the theme stored after clicking "${title}"`,
    10_000,
  );
}

const accessibilityTests = [
  {
    name: `axe-core WCAG 2.1 AA scans of every onboarding view: 0 violations in the plugin's elements`,
    shot: '11-axe',
    async run({ page, language }) {
      const texts = TEXTS[language];
      const lines = [];
      const failures = [];
      for (const v of A11Y_VIEWS) {
        try {
          await v.open(page, texts);
          lines.push(await expectNoViolations(page, v.name, v.view));
        } catch (e) {
          failures.push(`${v.name}: ${e.message}`);
        }
      }
      if (failures.length)
        throw new CheckError(`${failures.join(' | ')} || ${lines.join(' | ')}`);
      return lines.join(' | ');
    },
  },
  {
    name: `the DSFR theme is selectable in Settings beside light and dark; card and tab in each theme pass axe, screenshots`,
    shot: '12-themes',
    async run({ page, language }) {
      const texts = TEXTS[language];
      const stored = await selectThemeInSettings(page, 'DSFR');
      check(stored === 'dsfr', `the stored theme is "${stored}", not "dsfr"`);
      const offered = await page
        .locator('[aria-pressed]')
        .evaluateAll(els => els.map(e => e.textContent.trim()));
      const lines = [`Settings offers ${offered.join(', ')}`];
      const failures = [];
      for (const theme of THEMES) {
        await page.evaluate(
          t => window.localStorage.setItem('theme', t),
          theme,
        );
        try {
          await openCard(page, texts);
          const font = await page.evaluate(
            () => getComputedStyle(document.body).fontFamily,
          );
          if (theme === 'dsfr')
            check(
              /^Marianne\b/.test(font),
              `the DSFR theme's body font is ${font}, not Marianne`,
            );
          const card = await expectNoViolations(
            page,
            `card-${theme}`,
            'entity-card',
          );
          await page.screenshot({
            path: path.join(OUT_DIR, `12-theme-${theme}-card.png`),
            fullPage: true,
          });
          await A11Y_VIEWS[1].open(page, texts);
          const tab = await expectNoViolations(
            page,
            `tab-${theme}`,
            'entity-content',
          );
          await page.screenshot({
            path: path.join(OUT_DIR, `12-theme-${theme}-tab.png`),
            fullPage: true,
          });
          lines.push(`${theme} (font ${font.split(',')[0]}): ${card}; ${tab}`);
        } catch (e) {
          failures.push(`${theme}: ${e.message}`);
        }
      }
      await page.evaluate(() => window.localStorage.removeItem('theme'));
      if (failures.length)
        throw new CheckError(`${failures.join(' | ')} || ${lines.join(' | ')}`);
      return lines.join(' | ');
    },
  },
  {
    // The sidebar cut "Embarquement Cloud Pi Native" to "Embarquemen…".
    name: 'the sidebar label of the onboarding page is not cut, French and English, in each theme',
    shot: '13-sidebar-label',
    async run({ page }) {
      const expected = { fr: 'Embarquement', en: 'Onboarding' };
      const lines = [];
      for (const theme of THEMES) {
        for (const lang of ['fr', 'en']) {
          await page.evaluate(
            ([t, l]) => {
              window.localStorage.setItem('theme', t);
              window.localStorage.setItem('language', l);
            },
            [theme, lang],
          );
          await goto(page, '/catalog');
          const item = await expectVisible(
            page.locator('[data-testid="sidebar-root"] a[href$="/onboarding"]'),
            'the sidebar link to /onboarding',
          );
          const label = await waitForValue(
            () => item.innerText().then(t => t.trim()),
            t => t === expected[lang],
            `the sidebar label "${expected[lang]}" (${theme}, ${lang})`,
            20_000,
          );
          const cut = await item.evaluate(a =>
            [a, ...a.querySelectorAll('*')]
              .filter(e => e.scrollWidth > e.clientWidth + 1)
              .filter(e => getComputedStyle(e).textOverflow === 'ellipsis')
              .map(
                e =>
                  `${e.tagName.toLowerCase()} ${e.clientWidth}/${
                    e.scrollWidth
                  }px`,
              ),
          );
          check(
            cut.length === 0,
            `"${label}" is cut in the sidebar (${theme}, ${lang}): ${cut.join(
              ', ',
            )}`,
          );
          lines.push(`${theme}/${lang} "${label}"`);
        }
      }
      await page.evaluate(() => {
        window.localStorage.removeItem('theme');
        window.localStorage.setItem('language', 'en');
      });
      return `not cut: ${lines.join(', ')}`;
    },
  },
];
tests.push(...accessibilityTests);
// Team objectives (issue 12 §2)

/**
 * Creates an objective for the example direction (and its sub-teams) from its group tab,
 * as the portal's allow-all policy lets the guest, and reads its progress there.
 */
async function checkObjectives({ page }) {
  const title = `E2E objective ${Date.now()}`;
  await goto(page, `${GROUP_PATH}/onboarding`);
  await (
    await expectVisible(
      page.getByRole('button', { name: 'New objective' }),
      'the "New objective" button',
    )
  ).click();
  const dialog = await expectVisible(
    page.getByRole('dialog'),
    'the objective dialog',
  );
  await dialog.getByRole('textbox', { name: /Title/ }).fill(title);
  await dialog.getByLabel(/Due date/).fill('2099-12-31');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const bar = await expectVisible(
    page.getByRole('progressbar', {
      name: `Share of entities meeting the objective "${title}"`,
    }),
    `the progress bar of "${title}"`,
  );
  const percent = await bar.getAttribute('aria-valuenow');
  const counts = await expectVisible(
    page.getByText(/\d+ of \d+ entities meet the target/).last(),
    'the counts of entities meeting the target',
  );
  const text = (await counts.textContent())?.trim();
  check(
    !/ of 0 entities/.test(text ?? ''),
    `the objective counts no entity: "${text}"`,
  );
  await expectVisible(
    page.getByText('Due on 2099-12-31').last(),
    'the due date',
  );
  return `created "${title}": ${text}, bar at ${percent} %`;
}

tests.push({
  name: 'an objective created from the group tab shows its progress',
  shot: '11-objectives',
  run: checkObjectives,
});

// Criteria impact preview (issue 12 §5)

/**
 * Pastes a stricter criteria set in the Criteria preview tab of /onboarding (the portal's
 * allow-all policy gives the guest onboarding.criteria.preview), reads the impact over
 * the example catalog, and scans the view with axe.
 */
async function checkCriteriaPreview({ page }) {
  await goto(page, '/onboarding?view=preview');
  const field = await expectVisible(
    page.getByRole('textbox', { name: 'Proposed criteria (YAML)' }),
    'the proposed criteria field',
  );
  await field.fill(
    [
      '- id: E2E-HOMOLOGATION',
      '  step: 1',
      '  severity: blocking',
      '  title: { fr: Homologation, en: Accreditation }',
      '  rule: { fact: "annotation:example.gouv.fr/homologation", exists: true }',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Preview the impact' }).click();
  const summary = await expectVisible(
    page.getByText(/\d+ of \d+ entities would change verdict\./),
    'the impact summary',
  );
  const text = (await summary.textContent())?.trim() ?? '';
  const [, changed, evaluated] = text.match(/(\d+) of (\d+)/) ?? [];
  check(Number(evaluated) > 0, `the preview evaluated no entity: "${text}"`);
  check(
    Number(changed) > 0,
    `a blocking gate-1 criterion nobody meets changed nothing: "${text}"`,
  );
  await expectVisible(
    page.getByRole('table', { name: 'Per team' }),
    'the per-team table',
  );
  await expectNoViolations(page, 'criteria-preview', 'page');
  return text;
}

tests.push({
  name: 'the criteria preview tab shows the impact of a stricter criterion',
  shot: '12-criteria-preview',
  run: checkCriteriaPreview,
});

// ---------------------------------------------------------------------------
// Gate reviews and the committee's file (issue 12 §1, §4)

/**
 * Records a committee decision on portail-usager's tab, checks it beside the criteria
 * (with the disagreement flag), opens the committee's file, checks its print rules and
 * prints it to PDF through Chromium, then reads the PDF's text back.
 */
const committeeFileCheck = {
  name: "gate review recorded, committee's file printed to PDF",
  shot: '20-committee-file',
  async run({ page, shot }) {
    await goto(page, `${ENTITY_PATH}/onboarding`);
    const record = await expectVisible(
      page.getByRole('button', { name: 'Record a decision' }),
      'the "Record a decision" button',
    );
    await waitForValue(
      () => record.isEnabled(),
      enabled => enabled,
      'the "Record a decision" button enabled (allow-all policy)',
    );
    await record.click();
    const dialog = await expectVisible(
      page.getByRole('dialog'),
      'the decision dialog',
    );
    const reviewer = `E2E committee ${Date.now()}`;
    await dialog
      .getByLabel('Reviewers (comma-separated)')
      .fill(`${reviewer}, Bob`);
    await dialog
      .getByLabel('Link to the minutes (https)')
      .fill('https://wiki.example.fr/cr/e2e');
    await dialog.getByRole('button', { name: 'Record' }).click();
    await expectVisible(
      page.getByRole('status').filter({ hasText: 'Decision recorded.' }),
      'the "Decision recorded." status',
    );
    // The dialog proposes the gate of the entity's current step, whose criteria say NO-GO
    // (which one depends on what the simulated tools measured): the GO disagrees.
    const decided = await expectVisible(
      page
        .locator('[data-testid^="gate-decision-"]')
        .filter({ hasText: /Committee: GO on/ })
        .filter({ hasText: /Criteria: NO-GO/ })
        .first(),
      'a gate line with "Criteria: NO-GO · Committee: GO"',
    );
    const gateText = await decided.innerText();
    const gate = /Gate (\d)/.exec(gateText)?.[1];
    check(
      gateText.includes('GO decided, but the criteria now say NO-GO'),
      `gate line reads "${short(gateText)}"`,
    );
    await expectVisible(
      page.getByTestId('review-history').getByText(reviewer, { exact: false }),
      'the new record in the decision history',
    );
    await shot('20a-review-recorded');

    await page
      .getByRole('button', { name: "Committee's file (printable)" })
      .click();
    const file = await expectVisible(
      page.getByTestId('committee-file'),
      "the committee's file",
    );
    await expectVisible(
      file.getByRole('heading', {
        level: 1,
        name: "Committee's file: component:default/portail-usager",
      }),
      "the committee's file heading",
    );
    for (const text of [
      `Gate under review: leaving step ${gate}`,
      `Criteria of gate ${gate}`,
      'Open reservations',
      'Exemptions',
      `Resources of step ${gate} for the three perimeters`,
    ]) {
      await expectVisible(
        file.getByText(text, { exact: false }).first(),
        `"${text}" in the committee's file`,
      );
    }
    const criteriaRows = await file
      .getByTestId(`committee-gate-${gate}`)
      .locator('tbody tr')
      .count();
    check(criteriaRows > 0, `gate ${gate} lists no criterion`);
    await shot('20b-committee-file');

    // Print rules: only the file is printed (no sidebar, no print button).
    await page.emulateMedia({ media: 'print' });
    try {
      const sidebarVisible = await page.getByTestId('sidebar-root').isVisible();
      const printButtonVisible = await file
        .getByRole('button', { name: 'Print' })
        .isVisible();
      check(!sidebarVisible, 'the sidebar is visible in print');
      check(!printButtonVisible, 'the Print button is visible in print');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      fs.writeFileSync(path.join(OUT_DIR, 'committee-file.pdf'), pdf);
      const { pages, text } = pdfText(pdf);
      // Lines wrap where the page is narrow (e.g. at the dash of a name): compare without spaces.
      const compact = value => value.replace(/\s+/g, '');
      const printed = compact(text);
      check(pdf.length > 10_000, `the PDF has only ${pdf.length} bytes`);
      check(
        printed.includes(
          compact("Committee's file: component:default/portail-usager"),
        ) &&
          printed.includes(compact(`Criteria of gate ${gate}`)) &&
          printed.includes(compact(reviewer)),
        `the PDF text lacks the entity, gate ${gate} or the decision: "${short(
          text,
        )}"`,
      );
      check(
        !printed.includes(compact('Record a decision')),
        'the PDF includes the tab around the file',
      );
      check(pages.length >= 2, `the PDF has ${pages.length} page(s)`);
      return `GO recorded on gate ${gate} and flagged against its criteria; PDF of ${pages.length} pages, ${pdf.length} bytes, with the entity, the gate's criteria and the decision`;
    } finally {
      await page.emulateMedia({ media: null });
    }
  },
};
tests.push(committeeFileCheck);

// Self-training path (issue 14 §3)

/** The "My path" view, and what a user-settings write of the path looks like. */
const MY_PATH_URL = '/onboarding?view=mypath';
const isPathSaved = response =>
  response.request().method() === 'PUT' &&
  response.url().includes('/api/user-settings/') &&
  response.url().includes('trainingPath');

/** Turns the sharing switch to `on` when it is not (the user's settings outlive a run). */
async function setSharing(page, on) {
  const share = await expectVisible(
    page.getByRole('checkbox', { name: 'Share my progress with my teams' }),
    'the sharing switch',
  );
  if ((await share.isChecked()) !== on) {
    await Promise.all([
      page.waitForResponse(
        r => r.url().includes('/api/onboarding/training/shared'),
        { timeout: WAIT_MS },
      ),
      share.click(),
    ]);
  }
  await expectVisible(
    page.getByText(on ? /^Shared: / : /^Not shared: /),
    on ? 'the "Shared" note' : 'the "Not shared" note',
  );
}

/**
 * Chooses a perimeter, marks a resource, reloads (the path lives in the user-settings
 * backend), scans the view, shares and finds the count in the guest's team tab.
 */
async function checkMyPath({ page }) {
  await goto(page, MY_PATH_URL);
  await (
    await expectVisible(
      page.getByRole('radio', { name: /^Technical/ }),
      'the "Technical" perimeter',
    )
  ).check();
  await expectVisible(
    page.getByRole('status').filter({ hasText: /Step reached|Path complete/ }),
    'the step reached',
  );
  await setSharing(page, false);
  const stepOne = page.getByRole('region', { name: /^Step 1:/ });
  const box = stepOne.getByRole('checkbox').first();
  const label = await box.getAttribute('aria-label');
  // A resource marked by an earlier run is unmarked first, so that marking is seen.
  if (await box.isChecked()) {
    await Promise.all([page.waitForResponse(isPathSaved), box.click()]);
  }
  const count = async () =>
    (await stepOne.getByText(/resources consulted$/).textContent())?.trim();
  const before = await count();
  await Promise.all([page.waitForResponse(isPathSaved), box.click()]);
  const after = await count();
  check(
    Number(after?.split(' ')[0]) === Number(before?.split(' ')[0]) + 1,
    `marking "${label}" did not count: "${before}" then "${after}"`,
  );

  await page.reload();
  const reloaded = page
    .getByRole('region', { name: /^Step 1:/ })
    .getByRole('checkbox', { name: label ?? '' });
  await expectVisible(reloaded, `"${label}" after the reload`);
  check(await reloaded.isChecked(), `"${label}" is unmarked after a reload`);
  check(
    await page.getByRole('radio', { name: /^Technical/ }).isChecked(),
    'the perimeter is not kept after a reload',
  );
  const scan = await expectNoViolations(page, 'page-mypath', 'page');

  await setSharing(page, true);
  await goto(page, `${GUEST_GROUP_PATH}/onboarding`);
  const sharing = await expectVisible(
    page.getByText(/^\d+ of \d+ members share their self-training path/),
    'the count of members sharing their path',
  );
  const sharingText = (await sharing.textContent())?.trim() ?? '';
  check(
    !/^0 of/.test(sharingText),
    `the guest's shared path is not counted: "${sharingText}"`,
  );
  const row = await expectVisible(
    page.getByRole('row', { name: /^Step 1:/ }),
    'the step 1 row of the team training table',
  );
  const rowText = (await row.textContent())?.trim();
  const groupScan = await expectNoViolations(
    page,
    'group-tab-training',
    'group-content',
  );

  // Leaves nothing shared behind.
  await goto(page, MY_PATH_URL);
  await setSharing(page, false);
  return `marked "${label}" (${before} → ${after}), kept after a reload; shared: "${sharingText}", step 1: "${rowText}"; ${scan}; ${groupScan}`;
}

tests.push({
  name: 'my path: choose a perimeter, mark a resource, progress survives a reload, share and see the group count, axe',
  shot: '14-my-path',
  run: checkMyPath,
});
// End of self-training path
// Journey guide and support cases (issue 14 §1–§2)

const GUIDE = {
  // guide.stepHeading with STEPS[2].title.en and STEPS[3].title.en (onboarding-common)
  step3:
    'Step 3 of 5: Launch an MVP in a cloud-native development environment and experiment',
  step4: 'Step 4 of 5: Go to production on the sovereign Cloud Pi',
  // STEPS[2].gate.en
  gate3:
    'Tests run on a sufficiently representative version of the product show that the norms framework is respected.',
  // support.result with SUPPORT_CASES[0].title.en
  case1:
    'Case 1: Development or migration on the Cloud Pi, carried by a ministry organisation',
  contact: 'cloudpinative-relations@interieur.gouv.fr',
};

/** Step 3 at its own address, with its go/no-go and its criteria; "Next" leads to step 4. */
async function checkGuideStep({ page }) {
  await goto(page, '/onboarding/parcours/3');
  await expectVisible(
    page.getByRole('heading', { level: 2, name: GUIDE.step3 }),
    `the heading "${GUIDE.step3}"`,
  );
  await expectVisible(
    page.getByText(exactly(GUIDE.gate3)),
    'the gate of step 3',
  );
  const criteria = page.getByRole('region', {
    name: 'Criteria that implement the go/no-go',
  });
  // S3-SANDBOX-MVP is declared and no fact source replaces it (S3-PROBES is replaced by Kyverno's).
  await expectVisible(
    criteria.getByText(exactly('S3-SANDBOX-MVP')),
    'criterion S3-SANDBOX-MVP among the criteria of gate 3',
  );
  const resources = page.getByRole('region', {
    name: 'Resources by perimeter',
  });
  const links = await resources.getByRole('link').count();
  check(links > 3, `only ${links} links in the resources of step 3`);
  const axe3 = await expectNoViolations(page, 'guide-step-3', 'page');
  await page.getByRole('link', { name: 'Next: step 4' }).click();
  await expectVisible(
    page.getByRole('heading', { level: 2, name: GUIDE.step4 }),
    `the heading "${GUIDE.step4}" after "Next"`,
  );
  check(
    new URL(page.url()).pathname === '/onboarding/parcours/4',
    `"Next" led to ${page.url()}`,
  );
  await goto(page, '/onboarding/parcours');
  await expectVisible(
    page.getByRole('region', { name: 'How the journey works' }),
    'the principles of the journey',
  );
  const axeOverview = await expectNoViolations(page, 'guide-overview', 'page');
  return `step 3 with S3-SANDBOX-MVP and ${links} resource links, Next → /onboarding/parcours/4; ${axe3}; ${axeOverview}`;
}

/** The three answers lead to case 1 with the programme's address; the card's declared case links there too. */
async function checkSupportHelper({ page }) {
  await goto(page, '/onboarding/support');
  const answers = [
    [/Who carries/, 'An organisation attached to a ministry'],
    [
      /What does the initiative do/,
      'A development or a migration, deployed wholly or partly on the sovereign Cloud Pi',
    ],
    [/Does a sponsor/, 'Yes'],
  ];
  for (const [question, option] of answers) {
    const group = await expectVisible(
      page.getByRole('radiogroup').filter({
        has: page.getByRole('radio', { name: option, exact: true }),
      }),
      `the question ${question}`,
    );
    await group.getByRole('radio', { name: option, exact: true }).check();
  }
  const result = await expectVisible(
    page.getByRole('region', { name: GUIDE.case1 }),
    `the conclusion "${GUIDE.case1}"`,
  );
  await expectVisible(
    result.getByRole('link', { name: new RegExp(escapeRegExp(GUIDE.contact)) }),
    "the programme's contact address",
  );
  const axe = await expectNoViolations(page, 'support-helper', 'page');

  // portail-usager declares eligibility case 1 (examples/entities.yaml).
  await goto(page, ENTITY_PATH);
  const declared = await expectVisible(
    page.getByRole('link', { name: 'Declared support case 1: what it means' }),
    "the card's link to its declared support case",
  );
  await declared.click();
  await expectVisible(
    page.getByRole('region', { name: GUIDE.case1 }),
    'the explanation of case 1 after following the card',
  );
  check(
    new URL(page.url()).pathname === '/onboarding/support/1',
    `the card led to ${page.url()}`,
  );
  return `helper → case 1 with ${GUIDE.contact}; card → /onboarding/support/1; ${axe}`;
}

tests.push(
  {
    name: 'the journey guide shows each step at its own address (go/no-go, criteria, resources), axe clean',
    shot: '14-guide',
    run: checkGuideStep,
  },
  {
    name: 'the support helper leads to a case with the contact address; the card links its declared case, axe clean',
    shot: '14-support',
    run: checkSupportHelper,
  },
);
// End of journey guide and support cases

// ---------------------------------------------------------------------------
// Runner

/**
 * Signs in with the guest provider. Retried until FIRST_LOAD_MS runs out: a dev portal
 * restarts its backend whenever a backend file changes, and the guest sign-in fails then.
 */
async function signIn(page) {
  const deadline = Date.now() + FIRST_LOAD_MS;
  const enter = page.getByRole('button', { name: /^\s*(enter|entrer)\s*$/i });
  // Only the signed-in app has the sidebar; it has no box of its own (its drawer is
  // fixed), so it is waited for as attached, not visible.
  const sidebar = page.getByTestId('sidebar-root');
  for (let attempt = 1; ; attempt++) {
    const left = () => Math.max(5_000, deadline - Date.now());
    try {
      await goto(page, '/');
      await Promise.race([
        enter.waitFor({ state: 'visible', timeout: left() }),
        sidebar.waitFor({ state: 'attached', timeout: left() }),
      ]);
      if (!(await sidebar.count()) && (await enter.isVisible())) {
        await enter.click();
        await sidebar.waitFor({
          state: 'attached',
          timeout: Math.min(30_000, left()),
        });
      }
      return attempt;
    } catch (e) {
      if (Date.now() >= deadline)
        throw new CheckError(
          `could not sign in as guest at ${BASE_URL}/ within ${seconds(
            FIRST_LOAD_MS,
          )} (${attempt} attempts; last: ${e.message.split('\n')[0]})`,
        );
      console.log(
        `sign-in attempt ${attempt} failed (${
          e.message.split('\n')[0]
        }), retrying`,
      );
      await new Promise(r => setTimeout(r, 3_000));
    }
  }
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
  const profileDir = path.join(tmp, 'profile');
  const homeDir = path.join(tmp, 'home');
  fs.mkdirSync(profileDir);
  fs.mkdirSync(homeDir);
  const started = Date.now();
  const results = [];
  const pageErrors = [];
  let context;

  console.log(
    `Portal e2e checks against ${BASE_URL} (screenshots in ${OUT_DIR})`,
  );
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: VIEWPORT,
      env: { ...process.env, HOME: homeDir },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    context.setDefaultTimeout(WAIT_MS);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', e => pageErrors.push(e.message));
    const shot = async name => {
      const file = path.join(OUT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true, timeout: 30_000 });
      return file;
    };

    let setupError;
    try {
      const attempts = await signIn(page);
      await shot('00-signed-in');
      console.log(
        `signed in as guest in ${seconds(Date.now() - started)}${
          attempts > 1 ? ` (${attempts} attempts)` : ''
        }`,
      );
    } catch (e) {
      setupError = e;
      await shot('00-sign-in-failed').catch(() => {});
      console.log(`sign-in failed: ${e.message}`);
    }

    // The language the checks after the switch expect.
    let language = 'fr';
    const state = { switchedInSettings: false };
    for (const [i, test] of tests.entries()) {
      const label = `${i + 1}. ${test.name}`;
      const t0 = Date.now();
      let status = 'FAIL';
      let detail = '';
      const earlier = [];
      for (let attempt = 1; attempt <= 1 + RETRIES; attempt++) {
        detail = '';
        try {
          if (setupError)
            throw new CheckError(`not run: ${setupError.message}`);
          await page.setViewportSize(test.viewport ?? VIEWPORT);
          if (i >= 2) {
            // The checks after the switch run in English; say so if the switch failed.
            if ((await storedLanguage(page)) !== 'en') {
              await storeLanguage(page, 'en');
              if (!state.switchedInSettings)
                detail = `(language set to English through localStorage: the switch in Settings failed) `;
            }
            language = 'en';
          }
          detail += (await test.run({ page, language, shot, state })) ?? '';
          status = 'PASS';
          break;
        } catch (e) {
          detail += e instanceof CheckError ? e.message : e.stack ?? String(e);
          if (setupError || attempt > RETRIES) break;
          const file = await shot(`${test.shot}-attempt${attempt}`).catch(
            () => '(no screenshot)',
          );
          earlier.push({
            message: detail,
            file: path.relative(repoRoot, file),
          });
          console.log(
            `     ${label}: attempt ${attempt} failed (${short(
              detail,
            )}), retrying once`,
          );
        }
      }
      if (earlier.length) {
        const same = earlier.every(a => a.message === detail);
        detail +=
          status === 'FAIL' && same
            ? ` [failed the same way on all ${earlier.length + 1} attempts]`
            : ` [passed only on attempt ${earlier.length + 1}; ${earlier
                .map(
                  (a, n) => `attempt ${n + 1}: ${short(a.message)} (${a.file})`,
                )
                .join('; ')}]`;
      }
      let screenshot = '';
      try {
        screenshot = path.relative(repoRoot, await shot(test.shot));
      } catch (e) {
        screenshot = `(no screenshot: ${e.message})`;
      }
      const ms = Date.now() - t0;
      results.push({ label, status, detail, screenshot, ms });
      console.log(
        `${status} ${label} (${seconds(
          ms,
        )})\n     ${detail}\n     screenshot: ${screenshot}`,
      );
    }
  } catch (e) {
    console.log(`FATAL ${e.stack ?? e}`);
    if (results.length === 0)
      results.push({
        label: '0. launch the browser',
        status: 'FAIL',
        detail: e.message,
        screenshot: '',
        ms: 0,
      });
  } finally {
    await context?.close().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const passed = results.filter(r => r.status === 'PASS').length;
  const failed = results.length - passed;
  const lines = [
    '',
    `Summary (${seconds(Date.now() - started)} against ${BASE_URL}):`,
    ...results.map(r => `  ${r.status} ${r.label} (${seconds(r.ms)})`),
  ];
  if (pageErrors.length)
    lines.push(
      `  uncaught page errors seen: ${pageErrors.length} (first: ${pageErrors[0]})`,
    );
  lines.push(`${passed} passed, ${failed} failed`);
  console.log(lines.join('\n'));
  fs.writeFileSync(
    path.join(OUT_DIR, 'summary.txt'),
    `${results
      .map(
        r =>
          `${r.status} ${r.label}\n     ${r.detail}\n     screenshot: ${r.screenshot}`,
      )
      .join('\n')}\n${lines.join('\n')}\n`,
  );
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
