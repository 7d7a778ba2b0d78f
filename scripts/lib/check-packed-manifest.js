/* Checks the package.json of a packed tarball (as `yarn pack` wrote it) is fit to publish and install:
 * usage: node check-packed-manifest.js <package.json> "<files of the tarball, space separated>" */
'use strict';

const fs = require('node:fs');

const [manifestPath, fileList = ''] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const files = new Set(fileList.split(/\s+/).filter(Boolean));
const problems = [];

const DEP_FIELDS = [
  'dependencies',
  'peerDependencies',
  'optionalDependencies',
  'devDependencies',
];
for (const field of DEP_FIELDS) {
  for (const [name, range] of Object.entries(pkg[field] ?? {})) {
    if (/^(workspace|link|portal|file):/.test(range)) {
      problems.push(
        `${field}.${name} is "${range}", unresolvable once published`,
      );
    }
  }
}
for (const field of ['repository', 'homepage', 'license', 'files']) {
  if (!pkg[field]) problems.push(`no "${field}"`);
}
if (!pkg.repository?.directory) problems.push('repository has no "directory"');
if (pkg.publishConfig?.access !== 'public')
  problems.push('publishConfig.access is not "public"');
const { role, pluginId, pluginPackages, pluginPackage } = pkg.backstage ?? {};
if (!role) problems.push('no backstage.role');
// A command-line tool (role cli) belongs to no plugin; every other role of the suite does.
if (role && role !== 'cli') {
  if (!pluginId) problems.push('no backstage.pluginId');
  if (
    role.endsWith('-module')
      ? !pluginPackage
      : !pluginPackages?.includes(pkg.name)
  ) {
    problems.push(
      'no backstage.pluginPackage (module) or pluginPackages naming itself',
    );
  }
}
if (/^src\//.test(pkg.main ?? '') || /^src\//.test(pkg.types ?? '')) {
  problems.push(
    `main/types still point at sources (${pkg.main}, ${pkg.types})`,
  );
}
for (const entry of [pkg.main, pkg.types, pkg.configSchema].filter(Boolean)) {
  if (!files.has(`package/${entry.replace(/^\.\//, '')}`))
    problems.push(`"${entry}" is named but not in the tarball`);
}

if (problems.length > 0) {
  console.error(`${pkg.name}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
