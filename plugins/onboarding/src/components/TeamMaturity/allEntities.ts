import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  Language,
  TeamEntityRow,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { OnboardingApi } from '../../api';

/** The largest page the backend serves. */
const PAGE = 1000;

/** Every entity of a team, page after page, in entity ref order (for the CSV export). */
export async function fetchAllEntities(
  api: OnboardingApi,
  group: CompoundEntityRef,
  language: Language,
): Promise<TeamEntityRow[]> {
  const rows: TeamEntityRow[] = [];
  for (;;) {
    const { entities, entitiesTotal } = await api.getGroupSummary(
      group,
      language,
      { page: { limit: PAGE, offset: rows.length, sort: 'entityRef' } },
    );
    rows.push(...entities);
    if (entities.length === 0 || rows.length >= entitiesTotal) return rows;
  }
}
