import {
  MEASURED_CRITERIA,
  SourcesResponse,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { FactGatherer, FactStore } from '../facts';
import { CriteriaSet } from './criteriaConfig';

/**
 * What the administrators see of the fact sources: which are configured (a simulator is
 * said to be one), what each measures and for which criteria, and how it stands: healthy,
 * failing since when and why, or not asked for now (breaker open). Also which measurable
 * sources are not configured, so which gates rest on declarations.
 */
export class SourcesOverview {
  constructor(
    private readonly deps: {
      gatherers: FactGatherer[];
      factStore: FactStore;
      criteria: CriteriaSet;
    },
  ) {}

  async list(): Promise<SourcesResponse> {
    const health = new Map(
      (await this.deps.factStore.sourceHealth()).map(row => [row.source, row]),
    );
    const inForce = this.deps.criteria.criteria;
    const configured = new Set(this.deps.gatherers.map(g => g.source.id));
    const items = this.deps.gatherers.map(({ source, breaker }) => {
      const row = health.get(source.id);
      const open = breaker.state === 'open' ? breaker.openSince : undefined;
      let state: SourcesResponse['items'][number]['health']['state'];
      if (open) state = 'breaker-open';
      else if (!row) state = 'not-gathered-yet';
      else state = row.failing > 0 ? 'failing' : 'healthy';
      return {
        id: source.id,
        title: source.title,
        simulated: Boolean(source.simulated),
        provides: source.provides.map(f => ({ ...f })),
        criteria: inForce
          .filter(c => c.measuredBy === source.id)
          .map(c => c.id),
        health: {
          state,
          entities: row?.entities ?? 0,
          failing: row?.failing ?? 0,
          ...(row?.lastGatheredAt
            ? { lastGatheredAt: row.lastGatheredAt.toISOString() }
            : {}),
          ...(row?.failingSince
            ? { failingSince: row.failingSince.toISOString() }
            : {}),
          ...(row?.lastError ? { lastError: row.lastError } : {}),
          ...(open ? { breakerOpenSince: open.at.toISOString() } : {}),
        },
      };
    });
    const notConfigured = [
      ...new Set(
        MEASURED_CRITERIA.map(c => c.measuredBy as string).filter(
          id => !configured.has(id),
        ),
      ),
    ].map(id => ({
      id,
      criteria: MEASURED_CRITERIA.filter(c => c.measuredBy === id).map(
        c => c.id,
      ),
    }));
    return {
      items,
      notConfigured,
      gatesOnDeclarations: this.deps.criteria.gatesOnDeclarations,
    };
  }
}
