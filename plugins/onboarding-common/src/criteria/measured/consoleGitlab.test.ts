import { Entity } from '@backstage/catalog-model';
import { validateRule } from '../../rules';
import { ENTITY_CRITERIA } from '../defaultCriteria';
import { evaluateEntity } from '../evaluate';
import { Criterion } from '../types';
import { CONSOLE_CRITERIA } from './console';
import { GITLAB_CRITERIA } from './gitlab';
import { MEASURED_CRITERIA } from '.';

const now = new Date('2026-10-01T00:00:00Z');
const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'portail-usager' },
  spec: { type: 'website', lifecycle: 'development', owner: 'group:x' },
};

/** Facts a healthy project gives, then what breaks each criterion. */
const GOOD = {
  'console/projectStatus': 'created',
  'console/projectLocked': false,
  'console/projectLimitless': false,
  'console/appRepositoryCount': 1,
  'console/infraRepositoryCount': 1,
  'console/nonProdEnvironmentCount': 2,
  'console/prodEnvironmentCount': 1,
  'gitlab/dockerfileUser': '1001',
  'gitlab/dockerfileRootless': true,
  'gitlab/ciCatalogIncluded': true,
  'gitlab/latestPipelineStatus': 'success',
  'gitlab/dashboardCount': 2,
  'gitlab/alertRuleCount': 1,
};
const BAD: Record<string, Array<Record<string, unknown>>> = {
  'S3-CONSOLE-READY': [
    { 'console/projectStatus': 'failed' },
    { 'console/projectLocked': true },
    { 'console/projectStatus': undefined },
  ],
  'S3-CONSOLE-REPOS': [
    { 'console/infraRepositoryCount': 0 },
    { 'console/appRepositoryCount': 0 },
  ],
  'S3-CONSOLE-ENVS': [{ 'console/nonProdEnvironmentCount': 0 }],
  'S4-CONSOLE-PROD': [{ 'console/prodEnvironmentCount': 0 }],
  'S4-CONSOLE-QUOTAS': [{ 'console/projectLimitless': true }],
  'S3-ROOTLESS-IMAGE': [
    { 'gitlab/dockerfileUser': 'root', 'gitlab/dockerfileRootless': false },
    {
      'gitlab/dockerfileUser': undefined,
      'gitlab/dockerfileRootless': undefined,
    },
  ],
  'S3-CI-CATALOG': [
    { 'gitlab/ciCatalogIncluded': false },
    { 'gitlab/ciCatalogIncluded': undefined },
  ],
  'S3-PIPELINE-GREEN': [
    { 'gitlab/latestPipelineStatus': 'failed' },
    { 'gitlab/latestPipelineStatus': 'running' },
  ],
  'S4-DASHBOARDS': [{ 'gitlab/dashboardCount': 0 }],
  'S4-ALERT-RULES': [{ 'gitlab/alertRuleCount': 0 }],
};

const stateOf = (criterion: Criterion, facts: Record<string, unknown>) =>
  evaluateEntity(component, [criterion], { now, facts }).results[0].state;

describe.each([
  ['console', CONSOLE_CRITERIA],
  ['gitlab', GITLAB_CRITERIA],
])('measured criteria of %s', (source, criteria) => {
  it('are measured by the source, valid, and in MEASURED_CRITERIA', () => {
    for (const criterion of criteria) {
      expect(criterion.measuredBy).toBe(source);
      expect(validateRule(criterion.rule)).toEqual([]);
      expect([3, 4]).toContain(criterion.step);
      expect(criterion.remediation.link).toMatch(/^\//);
      expect(MEASURED_CRITERIA).toContain(criterion);
    }
  });

  it('replace only declared criteria that exist, and take no declared id', () => {
    const declared = new Set(ENTITY_CRITERIA.map(c => c.id));
    for (const criterion of criteria) {
      expect(declared.has(criterion.id)).toBe(false);
      for (const id of criterion.replaces ?? []) expect(declared).toContain(id);
    }
  });

  it.each(criteria.map(c => [c.id, c] as const))(
    '%s passes on good facts and fails on bad ones',
    (id, criterion) => {
      expect(stateOf(criterion, GOOD)).toBe('pass');
      expect(BAD[id]?.length).toBeGreaterThan(0);
      for (const bad of BAD[id]) {
        expect(stateOf(criterion, { ...GOOD, ...bad })).toBe('fail');
      }
    },
  );
});

it('measured criteria ids are unique', () => {
  const ids = MEASURED_CRITERIA.map(c => c.id);
  expect(new Set(ids).size).toBe(ids.length);
});
