import { useEntity } from '@backstage/plugin-catalog-react';
import {
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import { TeamMaturity } from '../TeamMaturity';
import { ViewRoot } from '../ViewRoot';
import { Objectives } from '../Objectives';
import { TeamTraining } from '../TeamTraining';

/**
 * The onboarding tab of a Group page: the objectives set on the team, then the maturity
 * of the team and its sub-teams, then how far the members who share their self-training
 * path are.
 */
export function GroupOnboardingContent() {
  const { entity } = useEntity();
  return (
    <ViewRoot view="group-content">
      <Box mb={3}>
        <Objectives groupRef={stringifyEntityRef(entity)} />
      </Box>
      <TeamMaturity group={getCompoundEntityRef(entity)} />
      {/* The self-training of members who share their path (issue 14 §3). */}
      <Box mt={3}>
        <TeamTraining group={getCompoundEntityRef(entity)} />
      </Box>
    </ViewRoot>
  );
}
