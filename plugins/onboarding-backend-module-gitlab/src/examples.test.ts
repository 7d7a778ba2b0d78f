import { allTools, withExampleSimulator } from '@internal/platform-simulator';
import {
  gatherFacts,
  sourceConfig,
} from '@cloud-pi-native/backstage-plugin-onboarding-node/testUtils';
import { readGitlabSourceConfig } from './config';
import { GitlabFactSource } from './GitlabFactSource';

// The demo portal's data, with the gitlab.com/project-slug annotations the examples need.
describe('the example dataset', () => {
  it('gives portail-usager and suivi-demandes what gate 3 asks, and the gaps the examples describe', async () => {
    await withExampleSimulator(
      async simulator => {
        const source = new GitlabFactSource(
          readGitlabSourceConfig(
            sourceConfig('gitlab', {
              baseUrl: `${simulator.url}/gitlab`,
              token: 'simulator-token',
              simulated: true,
              projectsRootDir: 'forge/projects',
            }),
          )!,
        );
        const facts = async (slug: string, repo: string) =>
          gatherFacts(source, {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: {
              name: repo,
              annotations: {
                'cloud-pi-native.fr/console-project': slug,
                'gitlab.com/project-slug': `forge/projects/${slug}/${repo}`,
              },
            },
          });
        const gate3 = {
          'gitlab/dockerfileRootless': true,
          'gitlab/ciCatalogIncluded': true,
          'gitlab/latestPipelineStatus': 'success',
        };
        expect(
          (await facts('dossier-usager', 'portail-usager')).facts,
        ).toMatchObject(gate3);
        expect((await facts('suivi-demandes', 'api')).facts).toMatchObject(
          gate3,
        );
        expect(
          (await facts('referentiel-communes', 'api')).facts,
        ).toMatchObject({
          ...gate3,
          'gitlab/dashboardCount': 2,
          'gitlab/alertRuleCount': 1,
        });
        expect(
          (await facts('authentification', 'keycloak')).facts,
        ).toMatchObject({
          ...gate3,
          'gitlab/alertRuleCount': 2,
        });
        expect((await facts('tableau-bord', 'front')).facts).toMatchObject({
          'gitlab/dockerfileRootless': false,
          'gitlab/latestPipelineStatus': 'failed',
          'gitlab/alertRuleCount': 0,
        });
        const notifications = await facts('notifications', 'moteur');
        expect(notifications.facts['gitlab/ciCatalogIncluded']).toBe(false);
        expect(notifications.missing).toHaveProperty('gitlab/dockerfileUser');
      },
      allTools.filter(t => t.tool === 'gitlab'),
    );
  });
});
