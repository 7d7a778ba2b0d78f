import { useState } from 'react';
import Dialog from '@material-ui/core/Dialog';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  ObjectiveInput,
  STEP_NUMBERS,
  StepNumber,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { DialogSaveActions } from '../DialogSaveActions';
import { LabelledSelect } from '../LabelledSelect';

type TargetKind = 'step' | 'criteria';

/**
 * Creates or edits an objective. The backend checks the objective (known criteria, an
 * existing group, a real date) and its message is shown as is when it refuses it.
 */
export function ObjectiveDialog(props: {
  open: boolean;
  /** The objective edited, or the defaults of a new one. */
  initial: Partial<ObjectiveInput>;
  editing: boolean;
  onSave: (input: ObjectiveInput) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const { initial } = props;
  const [title, setTitle] = useState(initial.title ?? '');
  const [groupRef, setGroupRef] = useState(initial.groupRef ?? '');
  const [kind, setKind] = useState<TargetKind>(
    initial.target && 'criteria' in initial.target ? 'criteria' : 'step',
  );
  const [step, setStep] = useState<string>(
    String(
      initial.target && 'step' in initial.target ? initial.target.step : 3,
    ),
  );
  const [criteria, setCriteria] = useState(
    initial.target && 'criteria' in initial.target
      ? initial.target.criteria.join(', ')
      : '',
  );
  const [dueDate, setDueDate] = useState(initial.dueDate ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await props.onSave({
        title,
        groupRef,
        target:
          kind === 'step'
            ? { step: Number(step) as StepNumber }
            : {
                criteria: criteria
                  .split(',')
                  .map(id => id.trim())
                  .filter(Boolean),
              },
        dueDate,
      });
    } catch (e) {
      setError(
        t('objectives.dialog.saveError', {
          message: String((e as Error).message),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby="objective-dialog-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="objective-dialog-title">
        {props.editing
          ? t('objectives.dialog.editTitle')
          : t('objectives.dialog.createTitle')}
      </DialogTitle>
      <DialogContent>
        <TextField
          id="objective-title"
          label={t('objectives.dialog.title')}
          value={title}
          onChange={e => setTitle(e.target.value)}
          fullWidth
          required
          margin="normal"
          variant="outlined"
        />
        <TextField
          id="objective-group"
          label={t('objectives.dialog.groupRef')}
          helperText={t('objectives.dialog.groupRefHelp')}
          value={groupRef}
          onChange={e => setGroupRef(e.target.value)}
          fullWidth
          required
          margin="normal"
          variant="outlined"
        />
        <Box display="flex" style={{ gap: 16 }} my={2}>
          <LabelledSelect<TargetKind>
            id="objective-target-kind"
            label={t('objectives.dialog.targetKind')}
            value={kind}
            options={[
              { value: 'step', label: t('objectives.dialog.targetStep') },
              {
                value: 'criteria',
                label: t('objectives.dialog.targetCriteria'),
              },
            ]}
            onChange={setKind}
          />
          {kind === 'step' && (
            <LabelledSelect<string>
              id="objective-step"
              label={t('objectives.dialog.step')}
              value={step}
              options={STEP_NUMBERS.filter(n => n >= 2).map(n => ({
                value: String(n),
                label: String(n),
              }))}
              onChange={setStep}
            />
          )}
        </Box>
        {kind === 'criteria' && (
          <TextField
            id="objective-criteria"
            label={t('objectives.dialog.criteria')}
            helperText={t('objectives.dialog.criteriaHelp')}
            value={criteria}
            onChange={e => setCriteria(e.target.value)}
            fullWidth
            required
            margin="normal"
            variant="outlined"
          />
        )}
        <TextField
          id="objective-due-date"
          label={t('objectives.dialog.dueDate')}
          type="date"
          value={dueDate}
          onChange={e => setDueDate(e.target.value)}
          InputLabelProps={{ shrink: true }}
          required
          margin="normal"
          variant="outlined"
        />
        {error && (
          <Typography role="alert" color="error">
            {error}
          </Typography>
        )}
      </DialogContent>
      <DialogSaveActions
        cancelLabel={t('objectives.dialog.cancel')}
        saveLabel={t('objectives.dialog.save')}
        onCancel={props.onClose}
        onSave={save}
        busy={busy}
      />
    </Dialog>
  );
}
