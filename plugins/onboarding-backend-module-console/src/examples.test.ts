import { allTools, withExampleSimulator } from '@internal/platform-simulator';
import {
  gatherFacts,
  sourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { readConsoleSourceConfig } from './config';
import { ConsoleFactSource } from './ConsoleFactSource';

// The demo portal's data: the example catalog's console projects as the simulator serves them.
describe('the example dataset', () => {
  it('gives the step 3 projects what gate 3 asks, and the gaps the examples describe', async () => {
    await withExampleSimulator(
      async simulator => {
        const source = new ConsoleFactSource(
          readConsoleSourceConfig(
            sourceConfig('console', {
              baseUrl: `${simulator.url}/console`,
              token: 'simulator-token',
              simulated: true,
            }),
          )!,
        );
        const facts = async (slug: string) =>
          gatherFacts(source, {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: {
              name: slug,
              annotations: { 'cloud-pi-native.fr/console-project': slug },
            },
          });
        for (const slug of ['dossier-usager', 'suivi-demandes']) {
          expect((await facts(slug)).facts).toMatchObject({
            'console/projectStatus': 'created',
            'console/projectLocked': false,
            'console/appRepositoryCount': 1,
            'console/infraRepositoryCount': 1,
            'console/nonProdEnvironmentCount': expect.any(Number),
          });
        }
        expect((await facts('referentiel-communes')).facts).toMatchObject({
          'console/prodEnvironmentCount': 1,
          'console/projectLimitless': false,
        });
        expect((await facts('tableau-bord')).facts).toMatchObject({
          'console/projectLimitless': true,
        });
        expect((await facts('archivage')).missing).toHaveProperty(
          'console/projectStatus',
        );
      },
      allTools.filter(t => t.tool === 'console'),
    );
  });
});
