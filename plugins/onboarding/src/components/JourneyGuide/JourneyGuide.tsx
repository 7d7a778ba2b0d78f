import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { JOURNEY_PRINCIPLES } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { GuidePaths } from './guidePaths';
import { GuideSection } from './GuideSection';
import { StepNav } from './StepNav';
import { useGuideTexts } from './useGuideTexts';

/** The journey as a whole: what it is for, its principles, its steps and perimeters. */
export function JourneyGuide({ paths }: { paths: GuidePaths }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const { language, journey } = useGuideTexts();
  return (
    <>
      <StepNav steps={journey.steps} paths={paths} />
      <Typography variant="h5" component="h2" gutterBottom>
        {t('guide.title')}
      </Typography>
      <Typography variant="body1" paragraph>
        {t('guide.intro')}
      </Typography>
      <Typography variant="body2">
        <Link to={paths.support}>{t('guide.supportLink')}</Link>
      </Typography>

      <GuideSection id="guide-principles" title={t('guide.principlesTitle')}>
        <Typography variant="body2" component="dl">
          {JOURNEY_PRINCIPLES.map(principle => (
            <div key={principle.id} style={{ marginBottom: 8 }}>
              <dt style={{ fontWeight: 700 }}>{principle.title[language]}</dt>
              <dd style={{ marginLeft: 16 }}>{principle.text[language]}</dd>
            </div>
          ))}
        </Typography>
      </GuideSection>

      <GuideSection id="guide-steps" title={t('guide.stepsTitle')}>
        <Typography variant="body2" component="ol" style={{ paddingLeft: 24 }}>
          {journey.steps.map(step => (
            <li key={step.number} style={{ marginBottom: 8 }}>
              <Link to={paths.step(step.number)} underline="always">
                {step.title}
              </Link>
              {' — '}
              {step.maturity}
              {step.gate && (
                <>
                  <br />
                  {t('guide.gateInline', { gate: step.gate })}
                </>
              )}
            </li>
          ))}
        </Typography>
      </GuideSection>

      <GuideSection id="guide-perimeters" title={t('guide.perimetersTitle')}>
        <Typography variant="body2" component="dl">
          {journey.perimeters.map(perimeter => (
            <div key={perimeter.id} style={{ marginBottom: 8 }}>
              <dt style={{ fontWeight: 700 }}>{perimeter.label}</dt>
              <dd style={{ marginLeft: 16 }}>
                {perimeter.responsibility} ({perimeter.examples})
              </dd>
            </div>
          ))}
        </Typography>
      </GuideSection>
    </>
  );
}
