import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { CriterionReport } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { AnnotationSnippet } from '../AnnotationSnippet';
import { missingAnnotations } from './missingAnnotations';

/** A catalog-info.yaml fragment with every annotation the unmet criteria ask for. */
export function MissingAnnotationsSnippet({
  results,
}: {
  results: CriterionReport[];
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const annotations = missingAnnotations(results);
  if (Object.keys(annotations).length === 0) {
    return (
      <Typography variant="body2">{t('entityContent.snippetNone')}</Typography>
    );
  }
  return (
    <>
      <Typography variant="body2" paragraph>
        {t('entityContent.snippetHelp')}
      </Typography>
      <AnnotationSnippet annotations={annotations} />
    </>
  );
}
