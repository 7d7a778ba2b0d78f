import Box from '@material-ui/core/Box';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  StepNumber,
  StepView,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { GuidePaths } from './guidePaths';

/** Links to the overview and to each step; the current one is marked for assistive technologies. */
export function StepNav({
  steps,
  current,
  paths,
}: {
  steps: StepView[];
  current?: StepNumber;
  paths: GuidePaths;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <Box component="nav" aria-label={t('guide.stepsNav')} mb={2}>
      <Box
        component="ol"
        display="flex"
        flexWrap="wrap"
        p={0}
        m={0}
        style={{ listStyle: 'none', gap: 16 }}
      >
        <li>
          <Link
            to={paths.guide}
            aria-current={current === undefined ? 'page' : undefined}
          >
            {t('guide.overview')}
          </Link>
        </li>
        {steps.map(step => (
          <li key={step.number}>
            <Link
              to={paths.step(step.number)}
              aria-current={step.number === current ? 'page' : undefined}
              style={step.number === current ? { fontWeight: 700 } : undefined}
            >
              {t('guide.stepLink', {
                step: String(step.number),
                title: step.maturity,
              })}
            </Link>
          </li>
        ))}
      </Box>
    </Box>
  );
}
