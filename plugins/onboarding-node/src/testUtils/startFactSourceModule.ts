import {
  BackendFeature,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  ServiceMock,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { LoggerService } from '@backstage/backend-plugin-api';
import { FactSource } from '../FactSource';
import { onboardingFactSourcesExtensionPoint } from '../extensions';

/** A stand-in for the onboarding backend: offers the extension point and keeps what modules add. */
export function recordingOnboardingPlugin(sources: FactSource[]) {
  return createBackendPlugin({
    pluginId: 'onboarding',
    register(env) {
      env.registerExtensionPoint(onboardingFactSourcesExtensionPoint, {
        addFactSource: (...added) => sources.push(...added),
      });
      env.registerInit({ deps: {}, async init() {} });
    },
  });
}

/** A fact source module started in a test backend, with what it registered and logged. */
export interface StartedFactSourceModule {
  sources: FactSource[];
  logger: ServiceMock<LoggerService>;
  stop(): Promise<void>;
}

/**
 * Starts `module` in a test backend with the root config `config`, beside a recording
 * onboarding plugin; rejects as the backend does when the module refuses its config.
 */
export async function startFactSourceModule(
  module: BackendFeature,
  config: object,
): Promise<StartedFactSourceModule> {
  const sources: FactSource[] = [];
  const logger = mockServices.logger.mock();
  const backend = await startTestBackend({
    features: [
      recordingOnboardingPlugin(sources),
      module,
      mockServices.rootConfig.factory({ data: config }),
      logger.factory,
    ],
  });
  return { sources, logger, stop: () => backend.stop() };
}
