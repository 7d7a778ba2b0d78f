import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { Entity } from '@backstage/catalog-model';
import { DEFAULT_CRITERIA } from './defaultCriteria';
import { evaluateEntity } from './evaluate';

/** The example catalog the portal loads; later features are tested against it. */
function loadExamples(): Map<string, Entity> {
  const text = readFileSync(
    resolve(__dirname, '../../../../examples/entities.yaml'),
    'utf8',
  );
  const entities = YAML.parseAllDocuments(text).map(
    doc => doc.toJS() as Entity,
  );
  return new Map(
    entities.map(e => [
      `${e.kind.toLocaleLowerCase('en')}:${e.metadata.name}`,
      e,
    ]),
  );
}

const now = new Date('2026-11-25T12:00:00Z');

describe('default criteria on the example catalog', () => {
  const examples = loadExamples();
  const evaluate = (ref: string) => {
    const entity = examples.get(ref);
    if (!entity) throw new Error(`No example ${ref}`);
    return evaluateEntity(entity, DEFAULT_CRITERIA, { now });
  };
  const stateOf = (ref: string, id: string) =>
    evaluate(ref).results.find(r => r.criterionId === id)?.state;

  it.each([
    ['component:prise-rdv-prefecture', 1, 1],
    ['component:simulateur-droits', 1, 1],
    ['component:api-dossiers', 2, 2],
    ['component:gestion-habilitations', 2, 2],
    ['component:portail-usager', 3, 3],
    // On declarations alone its gate 3 holds only on what is declared; measured, it fails.
    ['component:suivi-demandes', 3, 3],
    ['component:referentiel-communes', 4, 4],
    ['component:service-authentification', 5, 5],
  ])('%s stands at step %d as it declares (%d)', (ref, evidenced, declared) => {
    const evaluation = evaluate(ref);
    expect(evaluation.step).toBe(evidenced);
    expect(evaluation.declaredStep).toBe(declared);
    expect(evaluation.discrepancy).toBeUndefined();
  });

  it.each([
    ['component:archivage-documents', 5, 2],
    ['component:tableau-bord-agents', 4, 1],
  ])(
    '%s declares step %d but its evidence supports %d',
    (ref, declared, evidenced) => {
      expect(evaluate(ref).discrepancy).toEqual({ declared, evidenced });
    },
  );

  it('names the blocker of each gate', () => {
    expect(
      evaluate('component:prise-rdv-prefecture').nextGate?.blockers,
    ).toEqual(['S1-PREQUAL']);
    expect(evaluate('component:portail-usager').nextGate?.blockers).toEqual([
      'S3-PROBES',
    ]);
    expect(
      evaluate('component:referentiel-communes').nextGate?.blockers,
    ).toEqual(['S4-ALERTING']);
    expect(
      evaluate('component:service-authentification').nextGate,
    ).toBeUndefined();
  });

  it('reports malformed evidence as invalid', () => {
    expect(stateOf('component:gestion-habilitations', 'S2-PLAN')).toBe(
      'invalid',
    );
    expect(stateOf('component:gestion-habilitations', 'S2-CCT-READ')).toBe(
      'invalid',
    );
    expect(stateOf('component:tableau-bord-agents', 'S4-OBSERVABILITY')).toBe(
      'invalid',
    );
  });

  it('honours an active exemption and ignores an expired one', () => {
    const skills = evaluate('component:api-dossiers').results.find(
      r => r.criterionId === 'S2-SKILLS',
    );
    expect(skills?.state).toBe('exempted');
    expect(skills?.message.en).toMatch(/until 2027-03-31: GitOps training/);
    const plan = evaluate('component:gestion-habilitations').results.find(
      r => r.criterionId === 'S2-PLAN',
    );
    expect(plan?.exemption?.state).toBe('expired');
    expect(plan?.message.fr).toMatch(/Exemption expirée le 2026-01-31/);
  });

  it('has no declared step on the entity outside the journey, and an invalid one on malformed values', () => {
    expect(evaluate('component:batch-historique').declaredStep).toBeUndefined();
    expect(
      evaluate('component:moteur-notifications').declaredStep,
    ).toBeUndefined();
    expect(
      evaluate('component:outil-statistiques').declaredStep,
    ).toBeUndefined();
  });
});
