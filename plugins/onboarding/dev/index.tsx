import ReactDOM from 'react-dom/client';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { createApp } from '@backstage/frontend-defaults';
import appPlugin from '@backstage/plugin-app';
import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import onboardingPlugin from '../src/alpha';
import { onboardingApiRef } from '../src/api';
import {
  EntityOnboardingCard,
  EntityOnboardingContent,
} from '../src/components';
import { createInProcessOnboardingApi } from '../src/__testUtils__/journeyApi';
import { exampleEntities } from './exampleEntities';

// The dev harness answers in-process, with the common package's evaluator: no backend needed.
const entities = exampleEntities();
const { api } = createInProcessOnboardingApi({ entities, now: new Date() });

/** Every example entity, one per step, with its card and its tab. */
function Harness() {
  return (
    <Box p={3}>
      {entities.map(entity => (
        <Box key={entity.metadata.name} mb={6}>
          <Typography variant="h4" component="h2" gutterBottom>
            {entity.metadata.name}
          </Typography>
          <EntityProvider entity={entity}>
            <Box maxWidth={720} mb={3}>
              <EntityOnboardingCard />
            </Box>
            <EntityOnboardingContent />
          </EntityProvider>
        </Box>
      ))}
    </Box>
  );
}

const devModule = createFrontendModule({
  pluginId: 'onboarding',
  extensions: [
    // Same id as the plugin's API extension (api:onboarding), so it replaces it.
    ApiBlueprint.make({
      params: defineParams =>
        defineParams({ api: onboardingApiRef, deps: {}, factory: () => api }),
    }),
    PageBlueprint.make({
      name: 'harness',
      params: { path: '/', loader: async () => <Harness /> },
    }),
  ],
});

// No backend behind the harness: skip sign-in, which would ask one for a guest token.
const appWithoutSignIn = appPlugin.withOverrides({
  extensions: [
    appPlugin.getExtension('sign-in-page:app').override({ disabled: true }),
  ],
});

const app = createApp({
  features: [appWithoutSignIn, onboardingPlugin, devModule],
});
ReactDOM.createRoot(document.getElementById('root')!).render(app.createRoot());
