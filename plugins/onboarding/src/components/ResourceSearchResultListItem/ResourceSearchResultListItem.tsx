import Chip from '@material-ui/core/Chip';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import {
  ONBOARDING_RESOURCE_DOCUMENT_TYPE,
  OnboardingResourceDocument,
  PERIMETERS,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';

/** Whether a search result is one of the journey's recommended resources. */
export const isOnboardingResourceResult = (result: { type: string }) =>
  result.type === ONBOARDING_RESOURCE_DOCUMENT_TYPE;

export interface ResourceSearchResultListItemProps {
  /** An `onboarding-resource` document (see the search module). */
  result?: SearchDocument;
  highlight?: ResultHighlight;
  icon?: JSX.Element;
  rank?: number;
}

/**
 * A recommended resource found by Backstage search (the content of its list item): its title (opening the resource in
 * a new tab), the step it is recommended at, its kind, language and perimeter.
 */
export function ResourceSearchResultListItem({
  result,
  highlight,
  icon,
}: ResourceSearchResultListItemProps) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const language = useJourneyLanguage();
  if (!result) return null;
  const resource = result as unknown as OnboardingResourceDocument;
  const perimeter =
    resource.perimeter === 'all'
      ? t('perimeter.all')
      : PERIMETERS.find(p => p.id === resource.perimeter)?.label[language] ??
        resource.perimeter;
  const title = highlight?.fields.title ? (
    <HighlightedSearchResultText
      text={highlight.fields.title}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  ) : (
    resource.title
  );
  return (
    // Search wraps each result in its list item already.
    <div style={{ display: 'flex', width: '100%' }}>
      {icon && <ListItemIcon>{icon}</ListItemIcon>}
      <ListItemText
        primary={
          <Link
            to={resource.location}
            target="_blank"
            rel="noopener noreferrer"
          >
            {title}
          </Link>
        }
        secondaryTypographyProps={{ component: 'div' }}
        secondary={
          <>
            {t('resourceSearch.step', {
              step: String(resource.step),
              title: resource.stepTitle?.[language] ?? '',
            })}
            <span
              style={{
                display: 'flex',
                flexWrap: 'wrap',
                gap: 4,
                marginTop: 4,
              }}
            >
              <Chip
                size="small"
                label={t(`resourceKind.${resource.kind}` as 'resourceKind.doc')}
              />
              <Chip
                size="small"
                variant="outlined"
                label={t(
                  `resourceLanguage.${resource.language}` as 'resourceLanguage.fr',
                )}
              />
              <Chip size="small" variant="outlined" label={perimeter} />
            </span>
          </>
        }
      />
    </div>
  );
}
