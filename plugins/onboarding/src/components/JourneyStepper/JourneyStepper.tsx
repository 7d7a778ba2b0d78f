import Step from '@material-ui/core/Step';
import StepLabel from '@material-ui/core/StepLabel';
import Stepper from '@material-ui/core/Stepper';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { Theme } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  StepNumber,
  StepView,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

export interface JourneyStepperProps {
  steps: StepView[];
  current: StepNumber;
}

/**
 * The five journey steps with the current one active and the earlier ones done.
 * The label carries the position in words, so nothing depends on colour alone.
 */
export function JourneyStepper({ steps, current }: JourneyStepperProps) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  // On a phone the five steps go down the card instead of off its edge.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'));
  return (
    <Stepper
      activeStep={current - 1}
      orientation={narrow ? 'vertical' : 'horizontal'}
      alternativeLabel={!narrow}
      aria-label={t('entityCard.journeyLabel', { step: String(current) })}
      style={{ padding: '16px 0', overflowX: 'auto' }}
    >
      {steps.map(step => (
        <Step
          key={step.number}
          completed={step.number < current}
          aria-current={step.number === current ? 'step' : undefined}
        >
          <StepLabel>{step.maturity}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}
