import { resolve } from 'node:path';
import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import {
  allTools,
  loadDataset,
  startPlatformSimulator,
} from '@internal/platform-simulator';
import { readConsoleSourceConfig } from './config';
import { ConsoleFactSource } from './ConsoleFactSource';

// The demo portal's data: the example catalog's console projects as the simulator serves them.
describe('the example dataset', () => {
  it('gives the step 3 projects what gate 3 asks, and the gaps the examples describe', async () => {
    const simulator = await startPlatformSimulator({
      tools: allTools.filter(t => t.tool === 'console'),
      dataset: loadDataset(
        resolve(__dirname, '../../../examples/platform-simulator'),
      ),
    });
    try {
      const source = new ConsoleFactSource(
        readConsoleSourceConfig(
          new ConfigReader({
            onboarding: {
              sources: {
                console: {
                  baseUrl: `${simulator.url}/console`,
                  token: 'simulator-token',
                  simulated: true,
                },
              },
            },
          }),
        )!,
      );
      const facts = async (slug: string) =>
        source.gather(
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: {
              name: slug,
              annotations: { 'cloud-pi-native.fr/console-project': slug },
            },
          },
          {
            signal: new AbortController().signal,
            logger: mockServices.logger.mock(),
          },
        );
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
    } finally {
      await simulator.close();
    }
  });
});
