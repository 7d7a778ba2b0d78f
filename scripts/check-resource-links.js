#!/usr/bin/env node
/*
 * Checks every recommended resource link of the journey (the defaults, changed by
 * onboarding.resources in the config files given) and prints the dead ones; exit code 1
 * when one is dead, 2 on a usage or config error.
 *
 *   node scripts/check-resource-links.js [--config app-config.yaml]... [--timeout 10000]
 *     [--concurrency 8] [--max-redirects 5] [--include-intranet]
 */
const path = require('path');

require('@backstage/cli/config/nodeTransform.cjs');

const { runResourceLinkCheck } = require(path.resolve(
  __dirname,
  '../plugins/onboarding-backend/src/resources/checkResourceLinks.ts',
));

runResourceLinkCheck(process.argv.slice(2), {
  out: line => console.log(line),
  err: line => console.error(line),
}).then(
  code => process.exit(code),
  error => {
    console.error(error);
    process.exit(2);
  },
);
