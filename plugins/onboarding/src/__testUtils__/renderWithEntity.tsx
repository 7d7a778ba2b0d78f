import { ReactElement } from 'react';
import { act } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { storageApiRef } from '@backstage/frontend-plugin-api';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { onboardingApiRef } from '../api';
import { createInProcessOnboardingApi, InProcessOptions } from './journeyApi';

/** The app config of component tests: the language to start in and the plugin's links. */
export const testAppConfig = (language: 'fr' | 'en') => ({
  app: {
    extensions: [
      {
        'api:app/app-language': {
          config: {
            availableLanguages: ['fr', 'en'],
            defaultLanguage: language,
          },
        },
      },
    ],
  },
  onboarding: { docs: { baseUrl: 'https://cloud-pi-native.fr' } },
});

/**
 * Renders an element for an entity in Backstage's real test app (real translation,
 * language and storage APIs), with the in-process onboarding API knowing that entity.
 */
export async function renderWithEntity(
  element: ReactElement,
  entity: Entity,
  options: Omit<InProcessOptions, 'entities'> & {
    language?: 'fr' | 'en';
    known?: boolean;
    /** What the user's StorageApi already holds. */
    storage?: JsonObject;
    /** Whether the permission policy lets the user re-evaluate (and do anything else); yes by default. */
    allowed?: boolean;
    /** Route refs bound to paths, for the links the element builds. */
    mountedRoutes?: Parameters<typeof renderInTestApp>[1] extends infer O
      ? O extends { mountedRoutes?: infer M }
        ? M
        : never
      : never;
  } = {},
) {
  const { api, calls } = createInProcessOnboardingApi({
    ...options,
    entities: options.known === false ? [] : [entity],
  });
  // Inside act, so that what the first render starts (the API's answers) settles there.
  let rendered!: ReturnType<typeof renderInTestApp>;
  await act(async () => {
    rendered = renderInTestApp(
      <EntityProvider entity={entity}>{element}</EntityProvider>,
      {
        config: testAppConfig(options.language ?? 'en'),
        mountedRoutes: options.mountedRoutes,
        apis: [
          [onboardingApiRef, api],
          [storageApiRef, mockApis.storage({ data: options.storage ?? {} })],
          [
            permissionApiRef,
            mockApis.permission({
              authorize:
                options.allowed === false
                  ? AuthorizeResult.DENY
                  : AuthorizeResult.ALLOW,
            }),
          ],
        ],
      },
    );
  });
  return { unmount: rendered.unmount, apis: rendered.apis, calls };
}
