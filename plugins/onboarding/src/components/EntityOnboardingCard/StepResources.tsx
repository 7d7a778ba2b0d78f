import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  JourneyView,
  StepNumber,
  selectResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { usePerimeterPreference } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { PerimeterFilter } from '../PerimeterFilter';
import { ResourceList } from '../ResourceList';

/** The step's resources, for the perimeter the user chose (remembered between visits). */
export function StepResources({
  journey,
  step,
}: {
  journey: JourneyView;
  step: StepNumber;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const [perimeter, setPerimeter] = usePerimeterPreference();
  return (
    <Box mt={2}>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        style={{ gap: 8 }}
      >
        <Typography variant="subtitle1" component="h4">
          {t('entityCard.resourcesFor', { step: String(step) })}
        </Typography>
        <PerimeterFilter
          perimeters={journey.perimeters}
          value={perimeter}
          onChange={setPerimeter}
        />
      </Box>
      <ResourceList
        resources={selectResources(
          journey.resources,
          step,
          perimeter === 'all' ? undefined : perimeter,
        )}
        perimeters={journey.perimeters}
      />
    </Box>
  );
}
