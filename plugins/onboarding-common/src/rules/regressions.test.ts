import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_CRITERIA,
  evaluateCriterion,
  evaluateEntity,
} from '../criteria';
import { describeFinding } from './messages';
import { evaluateRule } from './evaluateRule';
import { validateRule } from './validateRule';

const now = new Date('2026-11-25T12:00:00Z');
const withAnnotation = (value: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'x', annotations: { v: value } },
});
const semver = (bounds: object) => ({ fact: 'annotation:v', semver: bounds });

describe('engine regressions found by the test pass', () => {
  it('ranks a pre-release below its release, as SemVer does', () => {
    expect(
      evaluateRule(semver({ gte: '1.0.0' }), withAnnotation('1.0.0-alpha'), {
        now,
      }).outcome,
    ).toBe('fail');
    expect(
      evaluateRule(semver({ lt: '2.0.0' }), withAnnotation('2.0.0-rc.1'), {
        now,
      }).outcome,
    ).toBe('pass');
    expect(
      evaluateRule(
        semver({ gt: '1.0.0-alpha.1' }),
        withAnnotation('1.0.0-alpha.beta'),
        { now },
      ).outcome,
    ).toBe('pass');
    expect(
      evaluateRule(
        semver({ gt: '1.0.0-rc.2' }),
        withAnnotation('1.0.0-rc.10'),
        { now },
      ).outcome,
    ).toBe('pass');
  });

  it('reads a version with both a pre-release and a build, and accepts it as a bound', () => {
    expect(
      evaluateRule(
        semver({ gte: '1.0.0-rc.1' }),
        withAnnotation('1.0.0-rc.1+build.5'),
        { now },
      ).outcome,
    ).toBe('pass');
    expect(validateRule(semver({ gte: '1.0.0-rc.1+build.5' }))).toEqual([]);
  });

  it('never throws on an entity without metadata', () => {
    const bare = {
      apiVersion: 'v1',
      kind: 'Component',
      spec: {},
    } as unknown as Entity;
    expect(() => evaluateEntity(bare, DEFAULT_CRITERIA, { now })).not.toThrow();
    expect(evaluateEntity(bare, DEFAULT_CRITERIA, { now }).step).toBe(1);
  });

  it('says what a list item should be for every operator', () => {
    const entity: Entity = {
      ...withAnnotation(''),
      metadata: { name: 'x', links: [{ url: 'http://a' }] },
    };
    const { findings } = evaluateRule(
      { fact: 'links', httpsUrl: true },
      entity,
      { now },
    );
    expect(describeFinding(findings[0], 'en')).toBe(
      'No item of the links (http://a) matches https://….',
    );
    expect(describeFinding(findings[0], 'fr')).toBe(
      'Aucun élément parmi les liens (http://a) ne correspond à https://….',
    );
  });

  it('names each fact once in the evidence of a met criterion', () => {
    const skills = DEFAULT_CRITERIA.find(c => c.id === 'S2-SKILLS')!;
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'x',
        annotations: {
          'cloud-pi-native.fr/skills':
            'containers, kubernetes, gitlab-ci, gitops',
        },
      },
    };
    const result = evaluateCriterion(skills, entity, { now });
    expect(result.state).toBe('pass');
    // The annotation once; the project-plan form's answer (absent) is the other way.
    expect(result.evidence.map(e => e.fact)).toEqual([
      'annotation:cloud-pi-native.fr/skills',
      'fact:form/project-plan/skills',
    ]);
    expect(result.message.en.match(/cloud-pi-native.fr\/skills/g)).toHaveLength(
      1,
    );
  });
});
