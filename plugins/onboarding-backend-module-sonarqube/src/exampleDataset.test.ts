import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import {
  allTools,
  loadDataset,
  startPlatformSimulator,
} from '@internal/platform-simulator';
import {
  evaluateEntity,
  MEASURED_CRITERIA,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { recordingLogger } from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { sonarQubeSourceFromConfig } from './module';

const EXAMPLES = resolve(__dirname, '../../../examples');

/** The demo's first start: the example catalog against the example SonarQube data. */
describe('the example SonarQube dataset', () => {
  it('passes portail-usager and fails suivi-demandes at gate 3 on the quality gate', async () => {
    const entities = YAML.parseAllDocuments(
      readFileSync(`${EXAMPLES}/entities.yaml`, 'utf8'),
    ).map(d => d.toJS() as Entity);
    const simulator = await startPlatformSimulator({
      tools: allTools,
      dataset: loadDataset(`${EXAMPLES}/platform-simulator`),
    });
    try {
      const source = sonarQubeSourceFromConfig(
        new ConfigReader({
          onboarding: {
            sources: {
              sonarqube: {
                baseUrl: `${simulator.url}/sonarqube`,
                token: 'simulator-token',
                simulated: true,
              },
            },
          },
        }),
      )!;
      const gate3 = async (name: string) => {
        const entity = entities.find(e => e.metadata.name === name)!;
        const { facts } = await source.gather(entity, {
          signal: new AbortController().signal,
          logger: recordingLogger(),
        });
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
        const result = await source.gather(entity, {
          signal: new AbortController().signal,
          logger: recordingLogger(),
        });
        expect(result.unavailable).toEqual({});
      }
    } finally {
      await simulator.close();
    }
  });
});
