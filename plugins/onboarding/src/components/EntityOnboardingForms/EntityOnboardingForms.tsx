import { useEffect, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  FormAnswers,
  FormStatus,
  ONBOARDING_FORMS,
  OnboardingForm,
  onboardingFormAnswerPermission,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { QuestionField } from './QuestionField';

/** Offers a text as a file download (the browser's own save dialog). */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The entity's prequalification and project-plan forms: for people who never edit YAML.
 * Answers are saved as drafts or submitted (a submission feeds the gate's criteria);
 * every save is a new version. Saving needs `onboarding.form.answer` on the entity.
 */
export function EntityOnboardingForms(props: { onSubmitted?: () => void }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const [formIndex, setFormIndex] = useState(0);
  const form = ONBOARDING_FORMS[formIndex];
  return (
    <InfoCard title={t('forms.title')}>
      <Tabs
        value={formIndex}
        onChange={(_event, index: number) => setFormIndex(index)}
        aria-label={t('forms.title')}
      >
        {ONBOARDING_FORMS.map(f => (
          <Tab
            key={f.id}
            label={t('forms.tabLabel', { step: String(f.step) })}
          />
        ))}
      </Tabs>
      <OneForm key={form.id} form={form} onSubmitted={props.onSubmitted} />
    </InfoCard>
  );
}

function OneForm(props: { form: OnboardingForm; onSubmitted?: () => void }) {
  const { form, onSubmitted } = props;
  const { entity } = useEntity();
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const ref = getCompoundEntityRef(entity);
  const mayAnswer = usePermission({
    permission: onboardingFormAnswerPermission,
    resourceRef: stringifyEntityRef(entity),
  });
  const latest = useAsyncRetry(
    () => api.getFormAnswers(ref, form.id),
    [api, form.id, ref.kind, ref.namespace, ref.name],
  );
  const [answers, setAnswers] = useState<FormAnswers>({});
  const [state, setState] = useState<{
    busy: boolean;
    message?: string;
    failed?: boolean;
  }>({ busy: false });
  useEffect(() => {
    if (latest.value) setAnswers(latest.value.answers);
  }, [latest.value]);

  if (latest.loading && !latest.value) return <Progress />;
  if (latest.error) return <ResponseErrorPanel error={latest.error} />;

  const save = async (status: FormStatus) => {
    setState({ busy: true });
    try {
      const saved = await api.saveFormAnswers(ref, form.id, {
        status,
        answers,
      });
      setState({
        busy: false,
        message: t(
          status === 'submitted' ? 'forms.submitted' : 'forms.draftSaved',
          { version: String(saved.version) },
        ),
      });
      latest.retry();
      if (status === 'submitted') onSubmitted?.();
    } catch (e) {
      setState({
        busy: false,
        failed: true,
        message: t('forms.saveFailed', { error: String((e as Error).message) }),
      });
    }
  };
  const exportMarkdown = async () => {
    try {
      download(
        `${ref.name}-${form.id}.md`,
        await api.getFormMarkdown(ref, form.id, language),
      );
    } catch (e) {
      setState({
        busy: false,
        failed: true,
        message: t('forms.saveFailed', { error: String((e as Error).message) }),
      });
    }
  };
  const version = latest.value;
  const readOnly = !mayAnswer.allowed || state.busy;

  return (
    <Box mt={2}>
      <Typography variant="h6" component="h3">
        {form.title[language]}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {form.description[language]}
      </Typography>
      <Typography variant="body2">
        {version
          ? t(
              version.status === 'submitted'
                ? 'forms.latestSubmitted'
                : 'forms.latestDraft',
              {
                version: String(version.version),
                author: version.author,
                date: new Date(version.savedAt).toLocaleString(language),
              },
            )
          : t('forms.notAnswered')}
      </Typography>
      {!mayAnswer.loading && !mayAnswer.allowed && (
        <Typography variant="body2" color="textSecondary">
          {t('forms.notAllowed')}
        </Typography>
      )}
      <form
        aria-label={form.title[language]}
        onSubmit={event => {
          event.preventDefault();
          save('submitted');
        }}
      >
        {form.sections.map(section => (
          <Box key={section.id} component="section" mt={2}>
            <Typography variant="subtitle1" component="h4">
              {section.title[language]}
            </Typography>
            {section.questions.map(question => (
              <QuestionField
                key={question.id}
                formId={form.id}
                question={question}
                value={answers[question.id]}
                onChange={value =>
                  setAnswers(current => ({ ...current, [question.id]: value }))
                }
                disabled={readOnly}
                language={language}
              />
            ))}
          </Box>
        ))}
        <Box display="flex" flexWrap="wrap" mt={2} style={{ gap: 8 }}>
          <Button
            variant="outlined"
            disabled={readOnly}
            onClick={() => save('draft')}
          >
            {t('forms.saveDraft')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={readOnly}
          >
            {t('forms.submit')}
          </Button>
          <Button disabled={!version} onClick={exportMarkdown}>
            {t('forms.exportMarkdown')}
          </Button>
        </Box>
      </form>
      {state.message && (
        <Typography
          role="status"
          variant="body2"
          color={state.failed ? 'error' : 'textPrimary'}
        >
          {state.message}
        </Typography>
      )}
    </Box>
  );
}
