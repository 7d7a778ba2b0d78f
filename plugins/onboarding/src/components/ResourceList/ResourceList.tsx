import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  PerimeterView,
  Resource,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

export interface ResourceListProps {
  resources: Resource[];
  perimeters: PerimeterView[];
}

/** Self-training resources, each with its kind, language and perimeter spelled out. */
export function ResourceList({ resources, perimeters }: ResourceListProps) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  if (resources.length === 0) {
    return (
      <Typography variant="body2">{t('entityCard.noResources')}</Typography>
    );
  }
  const perimeterLabel = (id: Resource['perimeter']) =>
    id === 'all'
      ? t('perimeter.all')
      : perimeters.find(p => p.id === id)?.label ?? id;
  return (
    <List dense disablePadding>
      {resources.map(resource => (
        <ListItem key={`${resource.perimeter} ${resource.url}`} disableGutters>
          <ListItemText
            primary={
              <Link to={resource.url} target="_blank" rel="noopener noreferrer">
                {resource.title}
              </Link>
            }
            secondary={
              <span
                style={{
                  display: 'flex',
                  flexWrap: 'wrap',
                  gap: 4,
                  marginTop: 4,
                }}
              >
                <Chip size="small" label={t(`resourceKind.${resource.kind}`)} />
                <Chip
                  size="small"
                  variant="outlined"
                  label={t(`resourceLanguage.${resource.language}`)}
                />
                <Chip
                  size="small"
                  variant="outlined"
                  label={perimeterLabel(resource.perimeter)}
                />
                {resource.intranetOnly && (
                  <Chip
                    size="small"
                    variant="outlined"
                    label={t('resourceFlag.intranetOnly')}
                  />
                )}
                {resource.paid && (
                  <Chip
                    size="small"
                    variant="outlined"
                    label={t('resourceFlag.paid')}
                  />
                )}
              </span>
            }
            secondaryTypographyProps={{ component: 'span' }}
            // Dense lists ellipsize by default; titles must wrap on narrow screens.
            primaryTypographyProps={{
              style: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
            }}
          />
        </ListItem>
      ))}
    </List>
  );
}
