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
      const ref = 'component:default/portail-usager';
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
      const rows = await page.getByRole('row').count();
      return `chart "${label}"; table row "${ref}" found (${rows} rows shown, header included)`;
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
];

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
