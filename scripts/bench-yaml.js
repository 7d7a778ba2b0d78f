#!/usr/bin/env node
/*
 * Benchmark of hostile YAML on POST /api/onboarding/evaluate and of the skeleton reader.
 *
 *   node scripts/bench-yaml.js [--skip-slow]
 *
 * For each hostile input, times the parse as it was (yaml's parseAllDocuments with its
 * default, quadratic unique-key check, then toJS; the old skeleton regex) and as it is now
 * (onboarding-common's parseYamlDocuments, the backend's skeletonAnnotations), and how long the
 * event loop stays blocked meanwhile: the delay any concurrent request (e.g. GET /journey)
 * would wait, parsing being synchronous. `--skip-slow` leaves out the old 40,000-key parse
 * (about 25 s). Then times the Dockerfile and CI-include readers of onboarding-common
 * (`finalUser`, `catalogInclude`, used on skeletons and repositories) on 64 kB of hostile
 * text, the most a skeleton file is read. Prints numbers; exit status 0 unless it crashes.
 */
'use strict';

const path = require('path');
const { monitorEventLoopDelay } = require('perf_hooks');

require('@backstage/cli/config/nodeTransform.cjs');
const backend = path.resolve(__dirname, '../plugins/onboarding-backend');
const YAML = require(require.resolve('yaml', { paths: [backend] }));
const { parseYamlDocuments } = require(path.resolve(
  __dirname,
  '../plugins/onboarding-common/src/yaml/boundedYaml.ts',
));
const { skeletonAnnotations } = require(path.join(
  backend,
  'src/facts/skeletonAnnotations.ts',
));

const { finalUser, catalogInclude } = require(path.resolve(
  __dirname,
  '../plugins/onboarding-common/src/facts/index.ts',
));

const skipSlow = process.argv.includes('--skip-slow');

const keys = n => Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n');
const bomb = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
].join('\n');

function oldParse(text) {
  const docs = YAML.parseAllDocuments(text);
  const first = Array.isArray(docs) ? docs[0] : docs;
  if (first.errors.length) throw first.errors[0];
  return first.toJS();
}
function oldSkeletonRegex(text) {
  return /^\s{2,}annotations:\s*$([\s\S]*?)(?=^\S|^\s{0,2}\S)/m.exec(text)?.[1];
}

/** Runs fn once; returns its time, the longest event-loop stall seen, and its outcome. */
async function measure(fn) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await new Promise(resolve => setTimeout(resolve, 5));
  const started = process.hrtime.bigint();
  let outcome = 'ok';
  try {
    fn();
  } catch (error) {
    outcome = `${error.constructor.name}: ${String(error.message)
      .split('\n')[0]
      .slice(0, 70)}`;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  await new Promise(resolve => setTimeout(resolve, 5));
  histogram.disable();
  return { ms, stall: histogram.max / 1e6, outcome };
}

async function main() {
  const cases = [
    ['6,500 keys (64 kB)', keys(6_500)],
    ['12,000 keys', keys(12_000)],
    ['40,000 keys', keys(40_000)],
    ['alias bomb (9^7)', bomb],
  ];
  // Warm the parser up.
  oldParse(keys(100));
  parseYamlDocuments(keys(100));
  console.log(
    'YAML body            size      before (ms, stall)                      after (ms, stall)',
  );
  for (const [name, text] of cases) {
    const slow = skipSlow && name === '40,000 keys';
    const before = slow ? undefined : await measure(() => oldParse(text));
    const after = await measure(() => parseYamlDocuments(text));
    const show = r =>
      r
        ? `${r.ms.toFixed(0).padStart(6)} ms, stall ${r.stall
            .toFixed(0)
            .padStart(6)} ms  ${r.outcome}`
        : '(skipped)';
    console.log(
      `${name.padEnd(20)} ${(text.length / 1024)
        .toFixed(0)
        .padStart(4)} kB  ${show(before).padEnd(40)} ${show(after)}`,
    );
  }
  const newlines = `x: [\n  annotations:\n${'\n'.repeat(64 * 1024)}`;
  const before = await measure(() => oldSkeletonRegex(newlines));
  const after = await measure(() => skeletonAnnotations(newlines));
  console.log(
    `skeleton, 64 kB of newlines: before ${before.ms.toFixed(
      0,
    )} ms (stall ${before.stall.toFixed(0)} ms), after ${after.ms.toFixed(
      0,
    )} ms (stall ${after.stall.toFixed(0)} ms)`,
  );
  const kB64 = 64 * 1024;
  const fill = (unit, prefix = '') =>
    prefix + unit.repeat(Math.floor((kB64 - prefix.length) / unit.length));
  const skeletonCases = [
    ['Dockerfile: continuations', finalUser, fill('\\\n', 'FROM a\nUSER ')],
    ['Dockerfile: one line of blanks', finalUser, fill(' ', 'FROM a\nUSER')],
    ['Dockerfile: stages', finalUser, fill('FROM a AS a\nUSER u\n')],
    ['Dockerfile: heredocs', finalUser, fill(' <<EOF', 'FROM a\nRUN')],
    ['CI: newlines', catalogInclude, fill('\n', 'include:')],
    ['CI: open brackets', catalogInclude, fill('[', 'include: ')],
    [
      'CI: flow file list',
      catalogInclude,
      fill('a.yml, ', 'include:\n  - project: $CATALOG_PATH\n    file: ['),
    ],
    [
      'CI: entries',
      catalogInclude,
      fill('  - project: $CATALOG_PATH\n    file: a.yml\n', 'include:\n'),
    ],
    [
      'CI: colons and hashes',
      catalogInclude,
      fill(':#', 'include:\n  project: '),
    ],
  ];
  for (const [, fn, text] of skeletonCases) fn(text); // warm up
  console.log('Skeleton readers on 64 kB of hostile text:');
  for (const [name, fn, text] of skeletonCases) {
    const r = await measure(() => fn(text));
    console.log(
      `  ${name.padEnd(32)} ${r.ms.toFixed(1).padStart(6)} ms, stall ${r.stall
        .toFixed(0)
        .padStart(3)} ms  ${r.outcome}`,
    );
  }
  console.log(
    'A concurrent request waits about as long as the stall: the parse is synchronous. Bodies over 64 kB of YAML are refused (413) before parsing.',
  );
}

main().catch(error => {
  console.error(error);
  process.exit(2);
});
