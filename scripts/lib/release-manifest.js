/* Prints a Backstage release manifest (the shape `backstage-cli versions:bump` reads from
 * BACKSTAGE_MANIFEST_FILE) made of the @backstage/* versions installed in this repository, after checking
 * that every @backstage/* range of the given packages starts at exactly that version: an app bumped with it
 * is on the oldest release the packages allow.
 * usage: node release-manifest.js <repo> <package dir>... */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const [repo, ...packageDirs] = process.argv.slice(2);
const scopeDir = path.join(repo, 'node_modules/@backstage');
const installed = new Map(
  fs.readdirSync(scopeDir).flatMap(dir => {
    const file = path.join(scopeDir, dir, 'package.json');
    if (!fs.existsSync(file)) return [];
    const { name, version } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return [[name, version]];
  }),
);

const mismatches = [];
for (const dir of packageDirs) {
  const pkg = JSON.parse(
    fs.readFileSync(path.join(repo, dir, 'package.json'), 'utf8'),
  );
  for (const field of ['dependencies', 'peerDependencies']) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (!name.startsWith('@backstage/')) continue;
      const floor = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];
      if (floor !== installed.get(name)) {
        mismatches.push(
          `${pkg.name} ${field}.${name} "${range}", built on ${installed.get(
            name,
          )}`,
        );
      }
    }
  }
}
if (mismatches.length > 0) {
  console.error(
    `These ranges do not start at the version the packages are built on, so the bump would not test the ` +
      `oldest release they allow:\n  ${mismatches.join('\n  ')}`,
  );
  process.exit(1);
}

const { version } = JSON.parse(
  fs.readFileSync(path.join(repo, 'backstage.json'), 'utf8'),
);
const packages = [...installed].map(([name, v]) => ({ name, version: v }));
console.log(JSON.stringify({ releaseVersion: version, packages }, null, 2));
