import { useEntity } from '@backstage/plugin-catalog-react';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { TeamMaturity } from '../TeamMaturity';
import { ViewRoot } from '../ViewRoot';

/** The onboarding tab of a Group page: the maturity of the team and its sub-teams. */
export function GroupOnboardingContent() {
  const { entity } = useEntity();
  return (
    <ViewRoot view="group-content">
      <TeamMaturity group={getCompoundEntityRef(entity)} />
    </ViewRoot>
  );
}
