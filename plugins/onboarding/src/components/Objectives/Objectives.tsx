import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Objective,
  ObjectiveInput,
  onboardingObjectiveManagePermission,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { onboardingTranslationRef } from '../../translation';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { ObjectiveCard } from './ObjectiveCard';
import { ObjectiveDialog } from './ObjectiveDialog';

/**
 * The objectives set for teams and each one's progress: every objective the user may
 * see, or only those set on one group (its tab). Users with onboarding.objective.manage
 * create, edit and delete the stored ones.
 */
export function Objectives(props: { groupRef?: string }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const groupRef = props.groupRef?.toLocaleLowerCase('en-US');
  const mayManage = usePermission({
    permission: onboardingObjectiveManagePermission,
  });
  const [dialog, setDialog] = useState<{ editing?: Objective }>();
  const [deleteError, setDeleteError] = useState<Error>();

  const state = useAsyncRetry(async () => {
    const { items } = await api.listObjectives();
    const shown = items.filter(o => !groupRef || o.groupRef === groupRef);
    return Promise.all(shown.map(o => api.getObjectiveProgress(o.id)));
  }, [api, groupRef]);

  const save = async (input: ObjectiveInput) => {
    if (dialog?.editing) await api.updateObjective(dialog.editing.id, input);
    else await api.createObjective(input);
    setDialog(undefined);
    state.retry();
  };
  const remove = async (id: string) => {
    setDeleteError(undefined);
    try {
      await api.deleteObjective(id);
    } catch (e) {
      setDeleteError(e as Error);
    }
    state.retry();
  };

  return (
    <Box component="section" aria-labelledby="onboarding-objectives-title">
      <Box display="flex" alignItems="center" mb={2} style={{ gap: 16 }}>
        <Typography
          variant="h5"
          component="h2"
          id="onboarding-objectives-title"
        >
          {t('objectives.title')}
        </Typography>
        {mayManage.allowed && (
          <Button
            variant="contained"
            color="primary"
            onClick={() => setDialog({})}
          >
            {t('objectives.add')}
          </Button>
        )}
      </Box>
      {state.loading && !state.value && <Progress />}
      {state.error && (
        <ErrorWithRetry
          title={t('objectives.errorTitle')}
          error={state.error}
          onRetry={state.retry}
        />
      )}
      {deleteError && (
        <Typography role="alert" color="error">
          {deleteError.message}
        </Typography>
      )}
      {state.value?.length === 0 && (
        <Typography>{t('objectives.none')}</Typography>
      )}
      <Grid container spacing={2}>
        {state.value?.map(progress => (
          <Grid item xs={12} md={6} key={progress.objective.id}>
            <ObjectiveCard
              progress={progress}
              {...(mayManage.allowed
                ? {
                    onEdit: () => setDialog({ editing: progress.objective }),
                    onDelete: () => remove(progress.objective.id),
                  }
                : {})}
            />
          </Grid>
        ))}
      </Grid>
      {dialog && (
        <ObjectiveDialog
          open
          editing={Boolean(dialog.editing)}
          initial={dialog.editing ?? { groupRef: groupRef ?? '' }}
          onSave={save}
          onClose={() => setDialog(undefined)}
        />
      )}
    </Box>
  );
}
