import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  CriteriaImpact,
  STEP_NUMBERS,
  onboardingCriteriaPreviewPermission,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingApiRef } from '../../api';
import { onboardingTranslationRef } from '../../translation';

/** A titled table of the impact, headed by its column names. */
function ImpactTable(props: {
  id: string;
  title: string;
  head: string[];
  rows: Array<{ key: string; cells: Array<string | number> }>;
}) {
  return (
    <Box component="section" mt={3} aria-labelledby={props.id}>
      <Typography variant="h6" component="h3" id={props.id}>
        {props.title}
      </Typography>
      <Table size="small" aria-labelledby={props.id}>
        <TableHead>
          <TableRow>
            {props.head.map(cell => (
              <TableCell key={cell}>{cell}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map(row => (
            <TableRow key={row.key}>
              {row.cells.map((cell, i) => (
                <TableCell key={i}>{cell}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function ImpactView({ impact }: { impact: CriteriaImpact }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const ids = (list: string[]) => list.join(', ') || t('criteriaPreview.none');
  const gates = impact.gates.map(g => g.step);
  return (
    <Box mt={3} aria-live="polite">
      <Typography variant="h6" component="p">
        {t('criteriaPreview.summary', {
          changed: String(impact.changed),
          evaluated: String(impact.evaluated),
        })}
      </Typography>
      <Typography>
        {t('criteriaPreview.criteriaChanges', {
          added: ids(impact.criteria.added),
          removed: ids(impact.criteria.removed),
          changed: ids(impact.criteria.changed),
        })}
      </Typography>
      <ImpactTable
        id="criteria-preview-steps"
        title={t('criteriaPreview.stepsTitle')}
        head={[
          t('criteriaPreview.step'),
          t('criteriaPreview.current'),
          t('criteriaPreview.proposed'),
        ]}
        rows={STEP_NUMBERS.map(step => ({
          key: String(step),
          cells: [
            step,
            impact.steps.current[step],
            impact.steps.proposed[step],
          ],
        }))}
      />
      <ImpactTable
        id="criteria-preview-gates"
        title={t('criteriaPreview.gatesTitle')}
        head={[
          t('criteriaPreview.step'),
          t('criteriaPreview.changed'),
          t('criteriaPreview.opened'),
          t('criteriaPreview.closed'),
        ]}
        rows={impact.gates.map(g => ({
          key: String(g.step),
          cells: [
            t('criteriaPreview.gate', { step: String(g.step) }),
            g.changed,
            g.opened,
            g.closed,
          ],
        }))}
      />
      <ImpactTable
        id="criteria-preview-teams"
        title={t('criteriaPreview.teamsTitle')}
        head={[
          t('criteriaPreview.team'),
          t('criteriaPreview.entities'),
          t('criteriaPreview.changed'),
          ...gates.map(step =>
            t('criteriaPreview.gate', { step: String(step) }),
          ),
        ]}
        rows={impact.teams.map(team => ({
          key: team.ownerRef ?? '',
          cells: [
            team.ownerRef ?? t('criteriaPreview.noOwner'),
            team.entities,
            team.changed,
            ...gates.map(step => team.gates[String(step) as '1']),
          ],
        }))}
      />
      {impact.entities.length > 0 && (
        <ImpactTable
          id="criteria-preview-entities"
          title={t('criteriaPreview.entitiesTitle')}
          head={[
            t('criteriaPreview.entity'),
            t('criteriaPreview.team'),
            t('criteriaPreview.steps'),
            t('criteriaPreview.gates'),
          ]}
          rows={impact.entities.map(e => ({
            key: e.entityRef,
            cells: [
              e.title ?? e.entityRef,
              e.ownerRef ?? t('criteriaPreview.noOwner'),
              `${e.currentStep} → ${e.proposedStep}`,
              e.gates
                .map(g =>
                  t('criteriaPreview.gateChange', {
                    step: String(g.step),
                    current: g.current,
                    proposed: g.proposed,
                  }),
                )
                .join(', '),
            ],
          }))}
        />
      )}
      {impact.truncated && (
        <Typography variant="body2">
          {t('criteriaPreview.truncated', {
            shown: String(impact.entities.length),
          })}
        </Typography>
      )}
    </Box>
  );
}

/**
 * The impact preview for the platform team: a proposed `onboarding.criteria` pasted as
 * YAML, evaluated by the backend against the catalog without storing anything.
 */
export function CriteriaPreview() {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const api = useApi(onboardingApiRef);
  const permission = usePermission({
    permission: onboardingCriteriaPreviewPermission,
  });
  const [yaml, setYaml] = useState('');
  const [state, setState] = useState<{
    running?: boolean;
    impact?: CriteriaImpact;
    error?: string;
  }>({});

  if (permission.loading) return <Progress />;
  if (!permission.allowed)
    return <Typography>{t('criteriaPreview.notAllowed')}</Typography>;

  const submit = async () => {
    setState({ running: true });
    try {
      setState({ impact: await api.previewCriteria(yaml) });
    } catch (error) {
      setState({ error: (error as Error).message });
    }
  };

  return (
    <Box component="section" aria-labelledby="criteria-preview-title">
      <Typography variant="h5" component="h2" id="criteria-preview-title">
        {t('criteriaPreview.title')}
      </Typography>
      <Typography>{t('criteriaPreview.intro')}</Typography>
      <TextField
        id="criteria-preview-yaml"
        label={t('criteriaPreview.yamlLabel')}
        value={yaml}
        onChange={event => setYaml(event.target.value)}
        multiline
        minRows={8}
        fullWidth
        variant="outlined"
        margin="normal"
        inputProps={{ spellCheck: false, style: { fontFamily: 'monospace' } }}
        // The default grey label is 4.47:1 on the page's grey (WCAG AA wants 4.5:1).
        InputLabelProps={{ style: { color: 'inherit' } }}
      />
      <Button
        variant="contained"
        color="primary"
        onClick={submit}
        disabled={state.running || !yaml.trim()}
      >
        {t('criteriaPreview.submit')}
      </Button>
      {state.running && (
        <Box mt={2}>
          <Typography role="status">{t('criteriaPreview.running')}</Typography>
          <Progress />
        </Box>
      )}
      {state.error && (
        <Box mt={2}>
          <Typography
            role="alert"
            color="error"
            style={{ whiteSpace: 'pre-wrap' }}
          >
            {t('criteriaPreview.error', { message: state.error })}
          </Typography>
        </Box>
      )}
      {state.impact && <ImpactView impact={state.impact} />}
    </Box>
  );
}
