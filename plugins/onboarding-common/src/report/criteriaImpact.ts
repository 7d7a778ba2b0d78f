import { EntityEvaluation, Verdict } from '../criteria/types';
import { STEP_NUMBERS, StepNumber } from '../journey';

/** A gate whose verdict a proposed criteria set changes for one entity. */
export interface GateChange {
  step: StepNumber;
  current: Verdict;
  proposed: Verdict;
}

/** An entity whose result a proposed criteria set changes. */
export interface ImpactedEntity {
  entityRef: string;
  title?: string;
  ownerRef?: string;
  currentStep: StepNumber;
  proposedStep: StepNumber;
  /** Only the gates whose verdict changes. */
  gates: GateChange[];
}

/** How a proposed criteria set moves one gate across the catalog. */
export interface GateImpact {
  step: StepNumber;
  /** Entities whose verdict of this gate changes. */
  changed: number;
  /** NO-GO today, GO with the proposed criteria. */
  opened: number;
  /** GO today, NO-GO with the proposed criteria. */
  closed: number;
}

/** How a proposed criteria set moves one team's entities (owner as in the catalog). */
export interface TeamImpact {
  /** Absent for entities without an owner. */
  ownerRef?: string;
  entities: number;
  /** Entities with at least one gate changing. */
  changed: number;
  /** Per gate (steps 1 to 4), entities whose verdict changes. */
  gates: Record<'1' | '2' | '3' | '4', number>;
}

/** What a proposed criteria set would change, evaluated against the catalog without storing anything. */
export interface CriteriaImpact {
  currentVersion: string;
  proposedVersion: string;
  /** Criterion ids the proposal adds, removes, or changes, against the criteria in force. */
  criteria: { added: string[]; removed: string[]; changed: string[] };
  /** Entities evaluated (those of the evaluated kinds the caller may see). */
  evaluated: number;
  /** Entities with at least one gate changing. */
  changed: number;
  /** How many entities are at each step, today and with the proposed criteria. */
  steps: {
    current: Record<StepNumber, number>;
    proposed: Record<StepNumber, number>;
  };
  gates: GateImpact[];
  /** Teams with at least one entity, most changed first. */
  teams: TeamImpact[];
  /** The entities that change, most moved first, at most `entityLimit`. */
  entities: ImpactedEntity[];
  /** True when more entities changed than `entities` lists. */
  truncated: boolean;
}

const GATED = STEP_NUMBERS.filter(step => step < 5);
const zeroSteps = (): Record<StepNumber, number> => ({
  1: 0,
  2: 0,
  3: 0,
  4: 0,
  5: 0,
});

/** Entities listed in an impact unless told otherwise (the counts cover them all). */
export const IMPACT_ENTITY_LIMIT = 500;

/**
 * Accumulates the impact of a proposed criteria set one entity at a time, so a pass over
 * the catalog keeps counts, not evaluations. Only the changed entities are kept, and at
 * most the limit of them.
 */
export class CriteriaImpactTally {
  private evaluated = 0;
  private changedCount = 0;
  private readonly steps = { current: zeroSteps(), proposed: zeroSteps() };
  private readonly gates = GATED.map(step => ({
    step,
    changed: 0,
    opened: 0,
    closed: 0,
  }));
  private readonly teams = new Map<string, TeamImpact>();
  private readonly changed: ImpactedEntity[] = [];

  constructor(private readonly entityLimit = IMPACT_ENTITY_LIMIT) {}

  add(
    entity: { entityRef: string; title?: string; ownerRef?: string },
    current: Pick<EntityEvaluation, 'step' | 'gates'>,
    proposed: Pick<EntityEvaluation, 'step' | 'gates'>,
  ): void {
    this.evaluated += 1;
    this.steps.current[current.step] += 1;
    this.steps.proposed[proposed.step] += 1;
    const key = entity.ownerRef ?? '';
    let team = this.teams.get(key);
    if (!team) {
      team = {
        ...(entity.ownerRef ? { ownerRef: entity.ownerRef } : {}),
        entities: 0,
        changed: 0,
        gates: { 1: 0, 2: 0, 3: 0, 4: 0 },
      };
      this.teams.set(key, team);
    }
    team.entities += 1;
    const changes: GateChange[] = [];
    for (const tally of this.gates) {
      const before = verdictAt(current, tally.step);
      const after = verdictAt(proposed, tally.step);
      if (before === after) continue;
      changes.push({ step: tally.step, current: before, proposed: after });
      tally.changed += 1;
      if (after === 'GO') tally.opened += 1;
      else tally.closed += 1;
      team.gates[String(tally.step) as '1' | '2' | '3' | '4'] += 1;
    }
    if (changes.length === 0 && current.step === proposed.step) return;
    this.changedCount += 1;
    team.changed += 1;
    this.changed.push({
      entityRef: entity.entityRef,
      ...(entity.title ? { title: entity.title } : {}),
      ...(entity.ownerRef ? { ownerRef: entity.ownerRef } : {}),
      currentStep: current.step,
      proposedStep: proposed.step,
      gates: changes,
    });
  }

  result(versions: {
    currentVersion: string;
    proposedVersion: string;
    criteria: CriteriaImpact['criteria'];
  }): CriteriaImpact {
    const moved = (e: ImpactedEntity) =>
      Math.abs(e.proposedStep - e.currentStep);
    const entities = [...this.changed]
      .sort(
        (a, b) =>
          moved(b) - moved(a) ||
          b.gates.length - a.gates.length ||
          a.entityRef.localeCompare(b.entityRef),
      )
      .slice(0, this.entityLimit);
    return {
      ...versions,
      evaluated: this.evaluated,
      changed: this.changedCount,
      steps: this.steps,
      gates: this.gates,
      teams: [...this.teams.values()].sort(
        (a, b) =>
          b.changed - a.changed ||
          (a.ownerRef ?? '').localeCompare(b.ownerRef ?? ''),
      ),
      entities,
      truncated: this.changed.length > entities.length,
    };
  }
}

/** A gate's verdict; a gate the evaluation does not list counts as open. */
function verdictAt(
  evaluation: Pick<EntityEvaluation, 'gates'>,
  step: StepNumber,
): Verdict {
  return evaluation.gates.find(g => g.step === step)?.verdict ?? 'GO';
}
