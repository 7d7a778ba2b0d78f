#!/usr/bin/env node
/*
 * Checks deploy/base without kustomize (not available here): reads the resources its
 * kustomization.yaml lists, validates each object against the Kubernetes OpenAPI schemas
 * compiled in the kubernetes-models package (types, enums, required fields), type-checks
 * it as an object literal of its kubernetes-types interface (the schemas allow unknown
 * fields, TypeScript's excess property check does not: a misspelt field fails), then
 * checks what the platform's Kyverno policies enforce in production and what the portal
 * needs. Prints what it checked and what it could not; exits 1 when anything failed.
 *
 * Not checked: the output of `kustomize build` (the base uses no transformer, so it is
 * the listed files themselves), anything the cluster decides (admission, quotas, whether
 * the Secrets and namespaces exist).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import YAML from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const baseDir = resolve(root, process.argv[2] ?? 'deploy/base');

/** Kyverno check-labels (docs agreement/kyverno.md): on every object and pod template. */
const REQUIRED_LABELS = ['app', 'env', 'tier'];
/** Kyverno cm-no-credentials: ConfigMap keys that look like credentials. */
const CREDENTIAL_KEY = /pass(word)?|secret|token|credential|api[-_]?key/i;
const HARBOR = 'harbor.apps.dso.numerique-interieur.com/';

const problems = [];
const checked = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);

async function modelOf(apiVersion, kind) {
  // kubernetes-models/<group>/<version>/<Kind>, the core group being plain v1.
  try {
    const module = await import(`kubernetes-models/${apiVersion}/${kind}`);
    return module[kind];
  } catch {
    return undefined;
  }
}

/** kubernetes-types' module of an apiVersion: `v1` is core/v1, `networking.k8s.io/v1` networking/v1. */
function typesModuleOf(apiVersion) {
  const [group, version] = apiVersion.includes('/')
    ? apiVersion.split('/')
    : ['core', apiVersion];
  return `kubernetes-types/${group.split('.')[0]}/${version}`;
}

/**
 * Type-checks every object as a literal of its kubernetes-types interface, in one
 * in-memory program; returns the diagnostics by object.
 */
function typeCheck(entries) {
  const files = new Map(
    entries.map(({ object }, i) => [
      join(root, `__deploy_check_${i}.ts`),
      `import type { ${object.kind} } from '${typesModuleOf(
        object.apiVersion,
      )}';\nexport const object: ${object.kind} = ${JSON.stringify(
        object,
        null,
        2,
      )};\n`,
    ]),
  );
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    moduleResolution: ts.ModuleResolutionKind.Node10,
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = name => files.get(name) ?? readFile(name);
  host.fileExists = name => files.has(name) || fileExists(name);
  host.getSourceFile = (name, language) =>
    files.has(name)
      ? ts.createSourceFile(name, files.get(name), language)
      : getSourceFile(name, language);
  const program = ts.createProgram([...files.keys()], options, host);
  return entries.map((_, i) =>
    ts
      .getPreEmitDiagnostics(
        program,
        program.getSourceFile([...files.keys()][i]),
      )
      .map(d => ts.flattenDiagnosticMessageText(d.messageText, ' ')),
  );
}

function checkLabels(where, labels) {
  for (const label of REQUIRED_LABELS) {
    if (!labels?.[label]) fail(where, `label '${label}' is missing`);
  }
}

function checkPodSpec(where, spec) {
  const pod = spec.securityContext ?? {};
  for (const volume of spec.volumes ?? []) {
    if (volume.hostPath) fail(where, `volume ${volume.name} uses hostPath`);
  }
  for (const container of [
    ...(spec.initContainers ?? []),
    ...spec.containers,
  ]) {
    const at = `${where} container ${container.name}`;
    const sc = container.securityContext ?? {};
    const image = container.image ?? '';
    if (!/:[^/]+$/.test(image) || image.endsWith(':latest'))
      fail(at, `image '${image}' needs a fixed tag, not latest`);
    if (!image.startsWith(HARBOR))
      fail(at, `image '${image}' is not from the platform's Harbor`);
    for (const kind of ['requests', 'limits']) {
      for (const resource of ['cpu', 'memory']) {
        if (!container.resources?.[kind]?.[resource])
          fail(at, `resources.${kind}.${resource} is missing`);
      }
    }
    if (!container.livenessProbe) fail(at, 'no liveness probe');
    if (!container.readinessProbe) fail(at, 'no readiness probe');
    if (!(sc.runAsNonRoot ?? pod.runAsNonRoot))
      fail(at, 'runAsNonRoot is not set');
    if ((sc.runAsUser ?? pod.runAsUser) === 0) fail(at, 'runs as uid 0');
    if (sc.readOnlyRootFilesystem !== true)
      fail(at, 'the root filesystem is not read-only');
    if (sc.allowPrivilegeEscalation !== false)
      fail(at, 'privilege escalation is not forbidden');
    if (sc.privileged) fail(at, 'is privileged');
    if (!sc.capabilities?.drop?.includes('ALL'))
      fail(at, 'does not drop all capabilities');
  }
}

function checkObject(where, object, all) {
  checkLabels(where, object.metadata?.labels);
  switch (object.kind) {
    case 'Deployment': {
      const template = object.spec.template;
      checkLabels(`${where} pod template`, template.metadata?.labels);
      if ((object.spec.replicas ?? 1) < 2) fail(where, 'fewer than 2 replicas');
      checkPodSpec(`${where} pod template`, template.spec);
      const env = template.spec.containers.flatMap(c => c.env ?? []);
      if (
        !env.some(
          e =>
            e.name === 'POSTGRES_PASSWORD' && e.valueFrom?.secretKeyRef?.name,
        )
      )
        fail(where, 'POSTGRES_PASSWORD does not come from a Secret');
      for (const ref of template.spec.containers.flatMap(
        c => c.envFrom ?? [],
      )) {
        const name = ref.configMapRef?.name;
        if (
          name &&
          !all.some(o => o.kind === 'ConfigMap' && o.metadata.name === name)
        )
          fail(where, `ConfigMap ${name} is not in the base`);
      }
      break;
    }
    case 'Service':
      if (
        object.spec.type === 'NodePort' ||
        object.spec.type === 'LoadBalancer'
      )
        fail(where, `type ${object.spec.type} (only ClusterIP)`);
      break;
    case 'ConfigMap':
      for (const key of Object.keys(object.data ?? {})) {
        if (CREDENTIAL_KEY.test(key))
          fail(where, `key ${key} looks like a credential`);
      }
      break;
    case 'PersistentVolumeClaim':
      fail(where, 'the portal keeps no state on volumes');
      break;
    default:
  }
}

/** Every selector of the base must select the Deployment's pods. */
function checkSelectors(all) {
  const pods = all
    .filter(o => o.kind === 'Deployment')
    .map(o => o.spec.template.metadata.labels);
  // A Deployment that failed its schema is reported already.
  if (pods.length === 0) return;
  const selects = selector =>
    pods.some(labels =>
      Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v),
    );
  for (const o of all) {
    const selector =
      o.kind === 'Service'
        ? o.spec.selector
        : o.kind === 'NetworkPolicy'
        ? o.spec.podSelector.matchLabels
        : undefined;
    if (selector && !selects(selector))
      fail(`${o.kind} ${o.metadata.name}`, 'selects none of the pods');
  }
}

const kustomization = YAML.parse(
  readFileSync(join(baseDir, 'kustomization.yaml'), 'utf8'),
);
if (kustomization.kind !== 'Kustomization' || !kustomization.resources?.length)
  fail('kustomization.yaml', 'is not a Kustomization with resources');
const objects = [];
for (const file of kustomization.resources ?? []) {
  const docs = YAML.parseAllDocuments(
    readFileSync(join(baseDir, file), 'utf8'),
  );
  for (const doc of docs) {
    if (doc.errors.length) {
      fail(file, doc.errors[0].message);
      continue;
    }
    const object = doc.toJS();
    if (!object) continue;
    const where = `${file} ${object.kind} ${object.metadata?.name}`;
    const Model = await modelOf(object.apiVersion, object.kind);
    if (!Model) {
      fail(where, `no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      fail(where, `schema: ${error.message}`);
      continue;
    }
    objects.push({ where, object });
    checked.push(where);
  }
}
typeCheck(objects).forEach((diagnostics, i) => {
  for (const message of diagnostics)
    fail(objects[i].where, `kubernetes-types: ${message}`);
});
for (const { where, object } of objects)
  checkObject(
    where,
    object,
    objects.map(o => o.object),
  );
checkSelectors(objects.map(o => o.object));

console.log(
  `deploy: ${checked.length} objects validated against the Kubernetes schemas (kubernetes-models), type-checked against kubernetes-types, and checked for the Kyverno rules:`,
);
for (const where of checked) console.log(`  ${where}`);
console.log(
  'deploy: not checked: `kustomize build` itself (not available; the base has no transformers), admission by the cluster, the referenced Secrets and namespaces',
);
if (problems.length) {
  console.error(`deploy: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log('deploy: no problem found');
