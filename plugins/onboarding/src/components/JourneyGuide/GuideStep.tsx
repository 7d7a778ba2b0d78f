import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  STEP_SUPPORT,
  StepNumber,
  isStepNumber,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { ResourceList } from '../ResourceList';
import { GuidePaths } from './guidePaths';
import { GuideSection, TextList } from './GuideSection';
import { StepCriteria } from './StepCriteria';
import { StepNav } from './StepNav';
import { useGuideTexts } from './useGuideTexts';

/** One step of the journey as a guide, read from the URL segment (`parcours/3`). */
export function GuideStep({
  step: segment,
  paths,
}: {
  step: string | undefined;
  paths: GuidePaths;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const { journey } = useGuideTexts();
  const number = Number(segment);
  if (!/^\d+$/.test(segment ?? '') || !isStepNumber(number)) {
    return (
      <>
        <StepNav steps={journey.steps} paths={paths} />
        <Alert severity="warning">
          {t('guide.notFound', { step: segment ?? '' })}
        </Alert>
      </>
    );
  }
  return <StepDetail number={number} paths={paths} />;
}

function StepDetail({
  number,
  paths,
}: {
  number: StepNumber;
  paths: GuidePaths;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const { language, journey, docsBaseUrl } = useGuideTexts();
  const step = journey.steps[number - 1];
  const id = (part: string) => `guide-step-${number}-${part}`;
  const resources = journey.resources.filter(r => r.step === number);
  const groups = [
    { id: 'all' as const, label: t('perimeter.all') },
    ...journey.perimeters.map(p => ({ id: p.id, label: p.label })),
  ];

  return (
    <>
      <StepNav steps={journey.steps} current={number} paths={paths} />
      <Typography variant="h5" component="h2" gutterBottom>
        {t('guide.stepHeading', { step: String(number), title: step.title })}
      </Typography>
      <Typography variant="body2">
        {t('guide.maturity', { maturity: step.maturity })}
      </Typography>

      <GuideSection id={id('objective')} title={t('guide.objective')}>
        <Typography variant="body1">{step.objective}</Typography>
      </GuideSection>
      <GuideSection id={id('actions')} title={t('guide.keyActions')}>
        <TextList items={step.keyActions} />
      </GuideSection>
      <GuideSection id={id('supported')} title={t('guide.supported')}>
        <TextList items={STEP_SUPPORT[number][language]} />
        <Typography variant="body2">
          <Link to={paths.support}>{t('guide.supportLink')}</Link>
        </Typography>
      </GuideSection>
      {step.deliverable && (
        <GuideSection id={id('deliverable')} title={t('guide.deliverable')}>
          <Typography variant="body1">{step.deliverable}</Typography>
        </GuideSection>
      )}
      {step.gate && (
        <GuideSection id={id('gate')} title={t('guide.gate')}>
          <Typography variant="body1" component="blockquote">
            {step.gate}
          </Typography>
        </GuideSection>
      )}
      {step.gapNote && (
        <GuideSection id={id('gap')} title={t('guide.missingNote')}>
          <Typography variant="body2">{step.gapNote}</Typography>
        </GuideSection>
      )}
      <GuideSection id={id('criteria')} title={t('guide.criteriaTitle')}>
        <StepCriteria
          step={number}
          language={language}
          headingId={id('criteria')}
        />
      </GuideSection>
      <GuideSection id={id('resources')} title={t('guide.resourcesTitle')}>
        {groups.map(group => (
          <Box key={group.id} mb={2}>
            <Typography variant="subtitle1" component="h4">
              {group.label}
            </Typography>
            <ResourceList
              resources={resources.filter(r => r.perimeter === group.id)}
              perimeters={journey.perimeters}
            />
          </Box>
        ))}
        <Typography variant="body2">
          <Link
            to={`${docsBaseUrl}${step.docsPath}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('guide.docs')}
          </Link>
        </Typography>
      </GuideSection>

      <Box mt={3} display="flex" justifyContent="space-between">
        <span>
          {number > 1 && (
            <Link to={paths.step((number - 1) as StepNumber)}>
              {t('guide.previous', { step: String(number - 1) })}
            </Link>
          )}
        </span>
        <span>
          {number < 5 && (
            <Link to={paths.step((number + 1) as StepNumber)}>
              {t('guide.next', { step: String(number + 1) })}
            </Link>
          )}
        </span>
      </Box>
    </>
  );
}
