import { FactSource } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { ownedComponent } from '../__testUtils__/entities';
import { storedFactsForEvaluation } from './storedFactsForEvaluation';

const source = (id: string): FactSource => ({
  id,
  title: id.toUpperCase(),
  provides: [],
  appliesTo: () => true,
  gather: async () => {
    throw new Error('never called on the read path');
  },
});
const now = new Date('2026-11-27T12:00:00Z');
const HOUR = 3_600_000;
const entity = ownedComponent('svc');

describe('storedFactsForEvaluation', () => {
  it('uses fresh facts, keeps per-fact unavailability and missing, and says when they were gathered', () => {
    const result = storedFactsForEvaluation(
      entity,
      [source('sonarqube')],
      [
        {
          entityRef: 'component:default/svc',
          source: 'sonarqube',
          facts: { 'sonarqube/qualityGate': 'OK' },
          unavailable: { 'sonarqube/coverage': 'no measure' },
          missing: { 'sonarqube/branch': 'branch main unknown' },
          gatheredAt: new Date(now.getTime() - HOUR),
        },
      ],
      { now, ttlMsOf: () => 2 * HOUR },
    );
    expect(result.facts).toEqual({ 'sonarqube/qualityGate': 'OK' });
    expect(result.unavailable['sonarqube/coverage'].en).toBe('no measure');
    expect(result.missing['sonarqube/branch'].fr).toBe('branch main unknown');
    expect(result.statuses).toEqual([
      {
        source: 'sonarqube',
        gatheredAt: '2026-11-27T11:00:00.000Z',
        unavailable: { 'sonarqube/coverage': 'no measure' },
      },
    ]);
  });

  it('makes a source unknown when never gathered, failing (since when) or stale, never using its old facts', () => {
    const result = storedFactsForEvaluation(
      entity,
      [source('console'), source('harbor'), source('argocd')],
      [
        {
          entityRef: 'component:default/svc',
          source: 'harbor',
          facts: { 'harbor/critical': 0 },
          unavailable: {},
          missing: {},
          gatheredAt: new Date(now.getTime() - 5 * HOUR),
          error: 'HARBOR GET /api/v2.0/projects: HTTP 401 Unauthorized',
          failingSince: new Date('2026-11-27T09:00:00Z'),
        },
        {
          entityRef: 'component:default/svc',
          source: 'argocd',
          facts: { 'argocd/healthy': true },
          unavailable: {},
          missing: {},
          gatheredAt: new Date(now.getTime() - 3 * HOUR),
        },
      ],
      { now, ttlMsOf: () => 2 * HOUR },
    );
    expect(result.facts).toEqual({});
    expect(result.unavailable.console.en).toBe(
      'CONSOLE: facts not gathered yet',
    );
    expect(result.unavailable.harbor.en).toBe(
      'HARBOR failing since 2026-11-27T09:00:00Z: HARBOR GET /api/v2.0/projects: HTTP 401 Unauthorized',
    );
    expect(result.unavailable.argocd.fr).toBe(
      'ARGOCD : faits du 2026-11-27T09:00:00Z, trop anciens pour compter',
    );
  });

  it('applies each source its own time to live when given one', () => {
    const row = (id: string) => ({
      entityRef: 'component:default/svc',
      source: id,
      facts: { [`${id}/ok`]: true },
      unavailable: {},
      missing: {},
      gatheredAt: new Date(now.getTime() - 3 * HOUR),
    });
    const result = storedFactsForEvaluation(
      entity,
      [source('slow'), source('fast')],
      [row('slow'), row('fast')],
      { now, ttlMsOf: id => (id === 'slow' ? 24 * HOUR : HOUR) },
    );
    expect(result.facts).toEqual({ 'slow/ok': true });
    expect(result.unavailable.fast.en).toMatch(/too old to count/);
  });
});
