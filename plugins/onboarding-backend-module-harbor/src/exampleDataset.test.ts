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
import { harborSourceFromConfig } from './module';

/** The demo's first start: the example catalog against the example Harbor data. */
describe('the example Harbor dataset', () => {
  it('passes portail-usager and suivi-demandes at gate 3, so that suivi-demandes fails only on SonarQube', async () => {
    const entities = exampleEntities<Entity>();
    await withExampleSimulator(async simulator => {
      const source = harborSourceFromConfig(
        sourceConfig('harbor', {
          baseUrl: `${simulator.url}/harbor`,
          username: 'robot$backstage',
          password: 'simulator-token',
          simulated: true,
        }),
      )!;
      const gate3 = async (name: string) => {
        const entity = entities.find(e => e.metadata.name === name)!;
        const { facts } = await gatherFacts(source, entity);
        const criteria = MEASURED_CRITERIA.filter(
          c => c.measuredBy === 'harbor' && c.step === 3,
        );
        return evaluateEntity(entity, criteria, {
          now: new Date(),
          facts,
        }).gates.find(g => g.step === 3)!.blockers;
      };
      expect(await gate3('portail-usager')).toEqual([]);
      expect(await gate3('suivi-demandes')).toEqual([]);
      // Every other component of a console project gets measured or is reported unknown to it.
      for (const entity of entities.filter(
        e => e.metadata.annotations?.['cloud-pi-native.fr/console-project'],
      )) {
        expect((await gatherFacts(source, entity)).unavailable).toEqual({});
      }
    });
  });
});
