import { SourcesResponse } from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** When the fixtures' sources last gathered. */
export const GATHERED_AT = '2026-11-25T06:30:00Z';

/**
 * Configured sources as `GET /sources` answers them: one of each health state, SonarQube
 * answered by the platform simulator (whose title says so, as the backend's do).
 */
export const CONFIGURED_SOURCES: Omit<SourcesResponse, 'gatesOnDeclarations'> =
  {
    items: [
      {
        id: 'sonarqube',
        title: 'SonarQube — SIMULATOR',
        simulated: true,
        provides: [
          {
            name: 'sonarqube/qualityGate',
            type: 'string',
            description: 'Status of the quality gate on the main branch',
          },
          {
            name: 'sonarqube/coverage',
            type: 'number',
            description: 'Line coverage of the main branch, in %',
          },
        ],
        criteria: [
          'S3-SONAR-QUALITY-GATE',
          'S3-SONAR-COVERAGE',
          'S4-SONAR-SECURITY',
          'S4-SONAR-RELIABILITY',
        ],
        health: {
          state: 'healthy',
          entities: 9,
          failing: 0,
          lastGatheredAt: GATHERED_AT,
        },
      },
      {
        id: 'harbor',
        title: 'Harbor',
        simulated: false,
        provides: [
          {
            name: 'harbor/critical',
            type: 'number',
            description: 'Critical vulnerabilities in the latest images',
          },
        ],
        criteria: ['S3-HARBOR-NO-CRITICAL'],
        health: {
          state: 'failing',
          entities: 9,
          failing: 2,
          lastGatheredAt: GATHERED_AT,
          failingSince: '2026-11-24T22:00:00Z',
          lastError: 'Harbor answered 503 Service Unavailable',
        },
      },
      {
        id: 'kyverno',
        title: 'Kyverno',
        simulated: false,
        provides: [],
        criteria: [],
        health: {
          state: 'breaker-open',
          entities: 0,
          failing: 0,
          breakerOpenSince: '2026-11-25T07:00:00Z',
        },
      },
      {
        id: 'console',
        title: 'Cloud Pi Native console',
        simulated: false,
        provides: [],
        criteria: ['S3-CONSOLE-READY'],
        health: { state: 'not-gathered-yet', entities: 0, failing: 0 },
      },
    ],
    notConfigured: [
      { id: 'gitlab', criteria: ['S3-ROOTLESS-IMAGE', 'S3-CI-CATALOG'] },
      { id: 'argocd', criteria: ['S3-ARGOCD-NONPROD', 'S4-ARGOCD-PROD'] },
    ],
  };
