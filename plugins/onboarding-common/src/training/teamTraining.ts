import {
  PERIMETER_IDS,
  PerimeterId,
  STEP_NUMBERS,
  StepNumber,
} from '../journey';
import { SharedTrainingInput, trainingProgress } from './trainingPath';

/** How many sharing members of a perimeter have covered one step's resources. */
export interface TeamTrainingCell {
  perimeter: PerimeterId;
  /** Members of this perimeter who share their path. */
  sharing: number;
  /** Of these, those who consulted every resource of the step. */
  covered: number;
}

/**
 * A team's self-training, from its members who chose to share their path: counts only,
 * never who.
 */
export interface TeamTraining {
  groupRef: string;
  /** The groups counted: the group and the sub-groups the caller may see. */
  groupRefs: string[];
  /** Users who are members of these groups. */
  members: number;
  /** Of these, those who share their path. */
  sharing: number;
  steps: Array<{ step: StepNumber; perimeters: TeamTrainingCell[] }>;
}

/** Counts, per step and perimeter, the shared paths that cover the step. */
export function summarizeTeamTraining(options: {
  groupRef: string;
  groupRefs: string[];
  members: number;
  shared: SharedTrainingInput[];
}): TeamTraining {
  const progress = options.shared.map(s =>
    trainingProgress(s.perimeter, s.consulted),
  );
  return {
    groupRef: options.groupRef,
    groupRefs: options.groupRefs,
    members: options.members,
    sharing: options.shared.length,
    steps: STEP_NUMBERS.map((step, index) => ({
      step,
      perimeters: PERIMETER_IDS.map(perimeter => {
        const ofPerimeter = progress.filter(p => p.perimeter === perimeter);
        return {
          perimeter,
          sharing: ofPerimeter.length,
          covered: ofPerimeter.filter(p => p.steps[index].covered).length,
        };
      }),
    })),
  };
}
