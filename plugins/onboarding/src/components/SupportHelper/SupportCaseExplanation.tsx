import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Language,
  LocalizedText,
  PROGRAMME_CONTACT_EMAIL,
  SupportCase,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { TextList } from '../JourneyGuide/GuideSection';

/** One support case: what it means, what to do next, and whom to write to. */
export function SupportCaseExplanation({
  supportCase,
  nextActions = [supportCase.nextAction],
  language,
}: {
  supportCase: SupportCase;
  nextActions?: LocalizedText[];
  language: Language;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const id = `support-case-${supportCase.number}`;
  return (
    <Box
      component="section"
      aria-labelledby={id}
      data-support-case={supportCase.number}
    >
      <Typography variant="h6" component="h3" id={id} gutterBottom>
        {t('support.result', {
          number: String(supportCase.number),
          title: supportCase.title[language],
        })}
      </Typography>
      <Typography variant="subtitle2" component="h4">
        {t('support.meaning')}
      </Typography>
      <Typography variant="body2" paragraph>
        {supportCase.meaning[language]}
      </Typography>
      <Typography variant="subtitle2" component="h4">
        {t('support.nextActions')}
      </Typography>
      <TextList items={nextActions.map(action => action[language])} />
      <Typography variant="body2">
        {t('support.contact')}{' '}
        <Link to={`mailto:${PROGRAMME_CONTACT_EMAIL}`} underline="always">
          {PROGRAMME_CONTACT_EMAIL}
        </Link>
      </Typography>
    </Box>
  );
}
