import { DEFAULT_CRITERIA } from './defaultCriteria';
import { MEASURED_CRITERIA } from './measured';
import { criteriaForSources, gatesOnDeclarations } from './sourceSelection';

const ALL = [...DEFAULT_CRITERIA, ...MEASURED_CRITERIA];
const ids = (criteria: { id: string }[]) => new Set(criteria.map(c => c.id));

describe('criteriaForSources', () => {
  it('keeps only declared criteria when no source is configured', () => {
    const inForce = criteriaForSources(ALL, new Set());
    expect(inForce).toEqual([...DEFAULT_CRITERIA]);
    expect(gatesOnDeclarations(inForce, ALL)).toEqual([3, 4]);
  });

  it('puts a measured criterion in place of the declared ones it replaces, for its source only', () => {
    const inForce = ids(criteriaForSources(ALL, new Set(['sonarqube'])));
    expect(inForce.has('S3-SONAR-QUALITY-GATE')).toBe(true);
    expect(inForce.has('S3-SONAR')).toBe(false);
    // Other sources' measured criteria stay out, their declared counterparts stay in.
    expect(inForce.has('S3-ARGOCD-NONPROD')).toBe(false);
    expect(inForce.has('S3-GITOPS')).toBe(true);
  });

  it('measures every gate it can when every source is configured', () => {
    const sources = new Set(MEASURED_CRITERIA.map(c => c.measuredBy as string));
    const inForce = criteriaForSources(ALL, sources);
    for (const criterion of MEASURED_CRITERIA) {
      expect(ids(inForce).has(criterion.id)).toBe(true);
      for (const replaced of criterion.replaces ?? [])
        expect(ids(inForce).has(replaced)).toBe(false);
    }
    expect(gatesOnDeclarations(inForce, ALL)).toEqual([]);
  });

  it('only replaces criteria that exist, and measured ids are unique', () => {
    const all = ids(ALL);
    for (const criterion of MEASURED_CRITERIA) {
      for (const replaced of criterion.replaces ?? [])
        expect([criterion.id, all.has(replaced)]).toEqual([criterion.id, true]);
    }
    expect(all.size).toBe(ALL.length);
  });
});
