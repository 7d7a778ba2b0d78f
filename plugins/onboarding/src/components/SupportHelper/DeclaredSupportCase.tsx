import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useRouteRef as useClassicRouteRef } from '@backstage/core-plugin-api';
import {
  routeResolutionApiRef,
  useApiHolder,
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_ELIGIBILITY_CASE,
  SupportCaseNumber,
  getSupportCase,
  supportCaseOfEligibility,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { onboardingPageRouteRef, rootRouteRef } from '../../routes';
import { useJourneyLanguage } from '../../hooks';
import { guidePaths } from '../JourneyGuide/guidePaths';

/**
 * The support case an entity declares (its eligibility annotation), linked to the
 * explanation the support helper gives; nothing when it declares none.
 */
export function DeclaredSupportCase({ entity }: { entity: Entity }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const language = useJourneyLanguage();
  // Only the new frontend system has a route resolution API; the classic one routes by its own context.
  const newSystem = !!useApiHolder().get(routeResolutionApiRef);
  const number = supportCaseOfEligibility(
    entity.metadata.annotations?.[ANNOTATION_ELIGIBILITY_CASE],
  );
  if (!number) return null;
  const PageLink = newSystem ? NewSystemLink : ClassicLink;
  return (
    <Typography variant="body2" paragraph>
      <PageLink
        number={number}
        label={t('support.declared', { number: String(number) })}
      />
      {` — ${getSupportCase(number).title[language]}`}
    </Typography>
  );
}

interface PageLinkProps {
  number: SupportCaseNumber;
  label: string;
}

/** Links to the case where the page is mounted; plain text when the app does not mount it. */
function CaseLink({
  pageRoot,
  number,
  label,
}: PageLinkProps & { pageRoot?: string }) {
  if (pageRoot === undefined) return <>{label}</>;
  return (
    <Link to={guidePaths(pageRoot).supportCase(number)} underline="always">
      {label}
    </Link>
  );
}

function NewSystemLink(props: PageLinkProps) {
  const pageRoute = useRouteRef(onboardingPageRouteRef);
  return <CaseLink {...props} pageRoot={pageRoute?.()} />;
}

function ClassicLink(props: PageLinkProps) {
  let pageRoot: string | undefined;
  try {
    // Called on every render, as the last hook: the try only catches the throw the classic
    // hook makes when the app mounts no onboarding page (then no link).
    // eslint-disable-next-line react-hooks/rules-of-hooks
    pageRoot = useClassicRouteRef(rootRouteRef)();
  } catch {
    pageRoot = undefined;
  }
  return <CaseLink {...props} pageRoot={pageRoot} />;
}
