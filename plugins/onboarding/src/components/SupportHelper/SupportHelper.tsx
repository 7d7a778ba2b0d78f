import { useState } from 'react';
import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  SUPPORT_CASES,
  SUPPORT_QUESTIONS,
  SupportAnswers,
  adviseSupport,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { GuidePaths } from '../JourneyGuide';
import { useJourneyLanguage } from '../../hooks';
import { SupportCaseExplanation } from './SupportCaseExplanation';

/**
 * "Which support applies to me?": three questions, then the case they lead to, what it
 * means, the next action and the programme's address. The conclusion comes from the
 * common package (`adviseSupport`), never from this view.
 */
export function SupportHelper({ paths }: { paths: GuidePaths }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const language = useJourneyLanguage();
  const [answers, setAnswers] = useState<SupportAnswers>({});
  const advice = adviseSupport(answers);

  return (
    <>
      <Typography variant="h5" component="h2" gutterBottom>
        {t('support.title')}
      </Typography>
      <Typography variant="body1" paragraph>
        {t('support.intro')}
      </Typography>
      {SUPPORT_QUESTIONS.map((question, index) => (
        <Box key={question.id} mb={2}>
          <FormControl component="fieldset">
            {/* FormLabel's own grey fails the 4.5:1 contrast on the page's grey background. */}
            <FormLabel component="legend">
              <Typography variant="body1" component="span" color="textPrimary">
                {`${index + 1}. ${question.label[language]}`}
              </Typography>
            </FormLabel>
            <RadioGroup
              name={`support-${question.id}`}
              value={answers[question.id] ?? ''}
              onChange={event =>
                setAnswers(current => ({
                  ...current,
                  [question.id]: event.target.value,
                }))
              }
            >
              {question.options.map(option => (
                <FormControlLabel
                  key={option.value}
                  value={option.value}
                  control={<Radio color="primary" />}
                  label={option.label[language]}
                />
              ))}
            </RadioGroup>
          </FormControl>
        </Box>
      ))}
      {/* Announced when it appears or changes, as the answers are given. */}
      <Box aria-live="polite" mb={3}>
        {advice && (
          <SupportCaseExplanation
            supportCase={advice.supportCase}
            nextActions={advice.nextActions}
            language={language}
          />
        )}
      </Box>
      <AllCases paths={paths} />
    </>
  );
}

/** Links to the explanation of each case, for whoever already knows theirs. */
export function AllCases({ paths }: { paths: GuidePaths }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const language = useJourneyLanguage();
  return (
    <Box component="section" aria-labelledby="support-all-cases">
      <Typography variant="h6" component="h3" id="support-all-cases">
        {t('support.allCases')}
      </Typography>
      <Typography variant="body2" component="ul" style={{ paddingLeft: 24 }}>
        {SUPPORT_CASES.map(supportCase => (
          <li key={supportCase.number}>
            <Link to={paths.supportCase(supportCase.number)}>
              {t('support.caseLink', {
                number: String(supportCase.number),
                title: supportCase.title[language],
              })}
            </Link>
          </li>
        ))}
      </Typography>
    </Box>
  );
}
