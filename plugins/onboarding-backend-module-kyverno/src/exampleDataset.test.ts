import { Entity } from '@backstage/catalog-model';
import { gatherFacts } from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import {
  evaluateEntity,
  MEASURED_CRITERIA,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import {
  exampleEntities,
  kyvernoSimulator,
  withExampleSimulator,
} from '@internal/platform-simulator';
import { KyvernoFactSource } from './KyvernoFactSource';

it('gives the example catalog the measurements the demo expects', async () => {
  await withExampleSimulator(
    async simulator => {
      const source = new KyvernoFactSource({
        baseUrl: `${simulator.url}/kyverno`,
        token: 'simulator-token',
        simulated: true,
      });
      const entities = exampleEntities<Entity>().filter(e =>
        source.appliesTo(e),
      );
      const states: Record<string, string[]> = {};
      for (const entity of entities) {
        const gathered = await gatherFacts(source, entity);
        const evaluation = evaluateEntity(
          entity,
          MEASURED_CRITERIA.filter(c => c.measuredBy === 'kyverno'),
          { now: new Date('2026-09-01'), facts: gathered.facts },
        );
        states[entity.metadata.name] = evaluation.results.map(
          r => `${r.criterionId}:${r.state}`,
        );
      }
      expect(states).toEqual({
        'portail-usager': ['S3-KYVERNO-NONPROD:pass', 'S4-KYVERNO-PROD:fail'],
        'moteur-notifications': [
          'S3-KYVERNO-NONPROD:fail',
          'S4-KYVERNO-PROD:fail',
        ],
        'referentiel-communes': [
          'S3-KYVERNO-NONPROD:pass',
          'S4-KYVERNO-PROD:pass',
        ],
        'tableau-bord-agents': [
          'S3-KYVERNO-NONPROD:pass',
          'S4-KYVERNO-PROD:fail',
        ],
        'service-authentification': [
          'S3-KYVERNO-NONPROD:pass',
          'S4-KYVERNO-PROD:pass',
        ],
        'archivage-documents': [
          'S3-KYVERNO-NONPROD:fail',
          'S4-KYVERNO-PROD:fail',
        ],
        'suivi-demandes': ['S3-KYVERNO-NONPROD:pass', 'S4-KYVERNO-PROD:fail'],
      });
    },
    [kyvernoSimulator],
  );
});
