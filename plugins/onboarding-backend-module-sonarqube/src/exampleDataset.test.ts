import { Entity } from '@backstage/catalog-model';
import {
  exampleEntities,
  withExampleSimulator,
} from '@internal/platform-simulator';
import {
  evaluateEntity,
  MEASURED_CRITERIA,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import {
  gatherFacts,
  sourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { sonarQubeSourceFromConfig } from './module';

/** The demo's first start: the example catalog against the example SonarQube data. */
describe('the example SonarQube dataset', () => {
  it('passes portail-usager and fails suivi-demandes at gate 3 on the quality gate', async () => {
    const entities = exampleEntities<Entity>();
    await withExampleSimulator(async simulator => {
      const source = sonarQubeSourceFromConfig(
        sourceConfig('sonarqube', {
          baseUrl: `${simulator.url}/sonarqube`,
          token: 'simulator-token',
          simulated: true,
        }),
      )!;
      const gate3 = async (name: string) => {
        const entity = entities.find(e => e.metadata.name === name)!;
        const { facts } = await gatherFacts(source, entity);
        const criteria = MEASURED_CRITERIA.filter(
          c => c.measuredBy === 'sonarqube' && c.step === 3,
        );
        return evaluateEntity(entity, criteria, {
          now: new Date(),
          facts,
        }).gates.find(g => g.step === 3)!.blockers;
      };
      expect(await gate3('portail-usager')).toEqual([]);
      expect(await gate3('suivi-demandes')).toEqual(['S3-SONAR-QUALITY-GATE']);
      // Every other component keyed to SonarQube gets measured or is reported unknown to it.
      for (const entity of entities.filter(
        e => e.metadata.annotations?.['sonarqube.org/project-key'],
      )) {
        expect((await gatherFacts(source, entity)).unavailable).toEqual({});
      }
    });
  });
});
