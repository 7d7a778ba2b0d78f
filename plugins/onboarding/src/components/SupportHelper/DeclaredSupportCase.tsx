import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useRouteRef, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_ELIGIBILITY_CASE,
  getSupportCase,
  supportCaseOfEligibility,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { onboardingPageRouteRef } from '../../routes';
import { useJourneyLanguage } from '../../hooks';
import { guidePaths } from '../JourneyGuide/guidePaths';

/**
 * The support case an entity declares (its eligibility annotation), linked to the
 * explanation the support helper gives; nothing when it declares none.
 */
export function DeclaredSupportCase({ entity }: { entity: Entity }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const language = useJourneyLanguage();
  const pageRoute = useRouteRef(onboardingPageRouteRef);
  const number = supportCaseOfEligibility(
    entity.metadata.annotations?.[ANNOTATION_ELIGIBILITY_CASE],
  );
  if (!number) return null;
  const label = t('support.declared', { number: String(number) });
  const title = getSupportCase(number).title[language];
  return (
    <Typography variant="body2" paragraph>
      {pageRoute ? (
        <Link to={guidePaths(pageRoute()).supportCase(number)}>{label}</Link>
      ) : (
        label
      )}
      {` — ${title}`}
    </Typography>
  );
}
