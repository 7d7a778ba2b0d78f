import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Progress } from '@backstage/core-components';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  PERIMETER_IDS,
  viewJourney,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { useJourneyLanguage } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { ErrorWithRetry } from '../ErrorWithRetry';

/**
 * How far a team's members who share their self-training path are, per step and
 * perimeter: counts only, never who. A step is "ready" once every sharing member covers
 * its resources, what a tech lead checks before the step-2 interview.
 */
export function TeamTraining(props: { group: CompoundEntityRef }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const language = useJourneyLanguage();
  const { group } = props;
  const state = useAsyncRetry(
    () => api.getTeamTraining(group),
    [api, group.namespace, group.name],
  );
  const journey = viewJourney(language);
  const perimeterLabel = (id: string) =>
    journey.perimeters.find(p => p.id === id)?.label ?? id;

  return (
    <Box component="section" aria-labelledby="onboarding-team-training-title">
      <Typography
        variant="h5"
        component="h2"
        id="onboarding-team-training-title"
        gutterBottom
      >
        {t('teamTraining.title')}
      </Typography>
      {state.loading && !state.value && <Progress />}
      {state.error && (
        <ErrorWithRetry
          title={t('teamTraining.errorTitle')}
          error={state.error}
          onRetry={state.retry}
        />
      )}
      {state.value && (
        <>
          <Typography variant="body2" paragraph>
            {t('teamTraining.sharing', {
              sharing: String(state.value.sharing),
              members: String(state.value.members),
            })}
          </Typography>
          {state.value.sharing > 0 && (
            <Table
              size="small"
              aria-labelledby="onboarding-team-training-title"
            >
              <TableHead>
                <TableRow>
                  <TableCell component="th" scope="col">
                    {t('teamTraining.step')}
                  </TableCell>
                  {PERIMETER_IDS.map(id => (
                    <TableCell key={id} component="th" scope="col">
                      {perimeterLabel(id)}
                    </TableCell>
                  ))}
                  <TableCell component="th" scope="col">
                    {t('teamTraining.ready')}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {state.value.steps.map(step => {
                  const ready = step.perimeters.every(
                    cell => cell.covered === cell.sharing,
                  );
                  return (
                    <TableRow key={step.step}>
                      <TableCell component="th" scope="row">
                        {t('teamTraining.stepLabel', {
                          step: String(step.step),
                          title:
                            journey.steps.find(s => s.number === step.step)
                              ?.title ?? '',
                        })}
                      </TableCell>
                      {step.perimeters.map(cell => (
                        <TableCell key={cell.perimeter}>
                          {cell.sharing === 0
                            ? '—'
                            : t('teamTraining.cell', {
                                covered: String(cell.covered),
                                sharing: String(cell.sharing),
                              })}
                        </TableCell>
                      ))}
                      <TableCell>
                        {ready ? t('teamTraining.yes') : t('teamTraining.no')}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </Box>
  );
}
