import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { Entity } from '@backstage/catalog-model';
import { DEFAULT_CRITERIA, TEMPLATE_CRITERIA } from '../criteria';
import { evaluateEntity } from '../criteria/evaluate';
import { Language } from '../i18n';
import { buildReport } from './buildReport';
import { buildCriteriaDocument } from './criteriaDocument';
import { CriteriaVersionMismatchError, joinCriteria } from './joinCriteria';

const now = new Date('2026-11-25T12:00:00Z');
const links = {
  docsBaseUrl: 'https://cloud-pi-native.fr',
  consoleBaseUrl: 'https://console.example.gouv.fr',
};

function example(name: string): Entity {
  const text = readFileSync(
    resolve(__dirname, '../../../../examples/entities.yaml'),
    'utf8',
  );
  const entity = YAML.parseAllDocuments(text)
    .map(doc => doc.toJS() as Entity)
    .find(e => e.metadata.name === name);
  if (!entity) throw new Error(`No example ${name}`);
  return { ...entity, metadata: { namespace: 'default', ...entity.metadata } };
}

// One criterion sends to the entity's console project, whose link only the report can resolve.
const criteria = DEFAULT_CRITERIA.map(c =>
  c.id === 'S3-PROBES'
    ? { ...c, remediation: { ...c.remediation, link: 'console:services' } }
    : c,
);

const report = (entity: Entity, language: Language = 'en') =>
  buildReport({
    entity,
    evaluation: evaluateEntity(entity, criteria, { now }),
    criteria,
    criteriaVersion: 'v1',
    language,
    links,
    evaluatedAt: now,
  });

const document = (language: Language = 'en') =>
  buildCriteriaDocument({
    criteria,
    criteriaVersion: 'v1',
    language,
    links,
  });

describe('lean entity report', () => {
  it('leaves out the criteria meant for other kinds, and counts them', () => {
    const lean = report(example('portail-usager'));
    expect(lean.omitted).toEqual({
      notApplicableToKind: TEMPLATE_CRITERIA.length,
    });
    expect(lean.results).toHaveLength(
      DEFAULT_CRITERIA.length - TEMPLATE_CRITERIA.length,
    );
    expect(lean.results.some(r => r.id.startsWith('T'))).toBe(false);
  });

  it('carries no criterion text, only what depends on the entity', () => {
    const lean = report(example('portail-usager'));
    for (const result of lean.results) {
      expect(Object.keys(result).sort()).toEqual(
        expect.arrayContaining(['evidence', 'id', 'message', 'state']),
      );
      expect(result).not.toHaveProperty('title');
      expect(result).not.toHaveProperty('source');
    }
    // Only the link that depends on the entity (its console project) is in the report.
    expect(
      lean.results.flatMap(r =>
        r.remediationLink ? [[r.id, r.remediationLink]] : [],
      ),
    ).toEqual([
      [
        'S3-PROBES',
        'https://console.example.gouv.fr/projects/dossier-usager?tab=services',
      ],
    ]);
  });

  it('keeps the portail-usager report within 8 KB in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const size = Buffer.byteLength(
        JSON.stringify(report(example('portail-usager'), language)),
      );
      expect(size).toBeLessThanOrEqual(8 * 1024);
    }
  });

  it('says why a declared step is refused, in the report language', () => {
    const entity = example('portail-usager');
    entity.metadata.annotations = {
      ...entity.metadata.annotations,
      'cloud-pi-native.fr/onboarding-step': 'quatre',
    };
    expect(report(entity, 'en').declaration).toEqual({
      state: 'invalid',
      value: 'quatre',
      message:
        'The annotation cloud-pi-native.fr/onboarding-step holds "quatre": expected a whole number from 1 to 5.',
    });
    expect(report(entity, 'fr').declaration).toMatchObject({
      state: 'invalid',
      message: expect.stringMatching(/vaut "quatre" : un nombre entier/),
    });
    expect(report(example('portail-usager')).declaration).toEqual({
      state: 'declared',
      step: 3,
    });
  });
});

describe('joinCriteria', () => {
  it('gives each outcome its criterion texts and the link resolved for the entity', () => {
    const entity = example('portail-usager');
    const joined = joinCriteria(report(entity), document());
    const probes = joined.results.find(r => r.id === 'S3-PROBES');
    expect(probes).toMatchObject({
      step: 3,
      severity: 'blocking',
      state: 'fail',
      title: 'Health probes are exposed',
      remediation: {
        annotations: { 'cloud-pi-native.fr/health-path': '/health' },
      },
    });
    expect(probes?.source).toBeTruthy();
    expect(probes?.remediation.link).toBe(
      'https://console.example.gouv.fr/projects/dossier-usager?tab=services',
    );
    // Links the same for every entity come from the document, resolved on the docs site.
    expect(
      joined.results.find(r => r.id === 'S3-SONAR')?.remediation.link,
    ).toBe('https://cloud-pi-native.fr/services/sonarqube');
    expect(
      document().items.find(c => c.id === 'S3-PROBES')?.remediation.link,
    ).toBe('console:services');
    expect(probes).not.toHaveProperty('remediationLink');
    // The same as the full texts the evaluation and the criteria give.
    const criterion = DEFAULT_CRITERIA.find(c => c.id === 'S3-PROBES')!;
    expect(probes?.rationale).toBe(criterion.rationale.en);
    expect(probes?.remediation.text).toBe(criterion.remediation.text.en);
    expect(joined.omitted.notApplicableToKind).toBe(TEMPLATE_CRITERIA.length);
  });

  it('refuses a criteria document of another version', () => {
    const other = { ...document(), criteriaVersion: 'v2' };
    expect(() =>
      joinCriteria(report(example('portail-usager')), other),
    ).toThrow(CriteriaVersionMismatchError);
  });
});
