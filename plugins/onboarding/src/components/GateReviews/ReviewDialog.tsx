import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import IconButton from '@material-ui/core/IconButton';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  GATE_DECISIONS,
  GateDecision,
  GateNumber,
  GateReview,
  GateReviewInput,
  validateGateReview,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { DialogSaveActions } from '../DialogSaveActions';

/** Today as YYYY-MM-DD (UTC), the default decision date. */
export const isoToday = (now = new Date()) => now.toISOString().slice(0, 10);

interface FormState {
  gate: GateNumber;
  decision: GateDecision;
  decidedOn: string;
  reviewers: string;
  comment: string;
  minutesUrl: string;
  reservations: Array<{ text: string; dueDate: string; liftedAt?: string }>;
}

const initialState = (
  gate: GateNumber,
  correcting: GateReview | undefined,
): FormState =>
  correcting
    ? {
        gate: correcting.gate,
        decision: correcting.decision,
        decidedOn: correcting.decidedOn,
        reviewers: correcting.reviewers.join(', '),
        comment: correcting.comment ?? '',
        minutesUrl: correcting.minutesUrl ?? '',
        reservations: correcting.reservations.map(r => ({ ...r })),
      }
    : {
        gate,
        decision: 'GO',
        decidedOn: isoToday(),
        reviewers: '',
        comment: '',
        minutesUrl: '',
        reservations: [],
      };

/** What the form submits: the shape the backend checks, with the same validation beforehand. */
function toInput(state: FormState, supersedes?: number): unknown {
  return {
    gate: state.gate,
    decision: state.decision,
    decidedOn: state.decidedOn,
    reviewers: state.reviewers
      .split(',')
      .map(r => r.trim())
      .filter(Boolean),
    reservations:
      state.decision === 'GO_WITH_RESERVATIONS' ? state.reservations : [],
    ...(state.comment.trim() ? { comment: state.comment } : {}),
    ...(state.minutesUrl.trim() ? { minutesUrl: state.minutesUrl.trim() } : {}),
    ...(supersedes ? { supersedes } : {}),
  };
}

/**
 * The dialog to record a committee's decision, or to correct a record (a new record
 * that supersedes it). Checked with the backend's own validation before sending.
 */
export function ReviewDialog({
  open,
  defaultGate,
  correcting,
  onClose,
  onSubmit,
}: {
  open: boolean;
  defaultGate: GateNumber;
  correcting?: GateReview;
  onClose: () => void;
  /** Sends the review; a rejection's message is shown in the dialog. */
  onSubmit: (review: GateReviewInput) => Promise<void>;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const [state, setState] = useState(() =>
    initialState(defaultGate, correcting),
  );
  const [errors, setErrors] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<FormState>) =>
    setState(current => ({ ...current, ...change }));
  const setReservation = (
    index: number,
    change: Partial<FormState['reservations'][number]>,
  ) =>
    set({
      reservations: state.reservations.map((r, i) =>
        i === index ? { ...r, ...change } : r,
      ),
    });

  const submit = async () => {
    const checked = validateGateReview(toInput(state, correcting?.id));
    if ('errors' in checked) {
      setErrors(
        t('reviews.form.errors', { errors: checked.errors.join('; ') }),
      );
      return;
    }
    setBusy(true);
    setErrors(undefined);
    try {
      await onSubmit(checked.review);
    } catch (e) {
      setErrors(String((e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {correcting
          ? t('reviews.form.correctionTitle', { id: String(correcting.id) })
          : t('reviews.form.title')}
      </DialogTitle>
      <DialogContent>
        <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
          <TextField
            select
            id="review-gate"
            label={t('reviews.form.gate')}
            value={state.gate}
            disabled={Boolean(correcting)}
            onChange={e => set({ gate: Number(e.target.value) as GateNumber })}
            SelectProps={{ inputProps: { 'data-testid': 'review-gate' } }}
          >
            {[1, 2, 3, 4].map(gate => (
              <MenuItem key={gate} value={gate}>
                {t('reviews.gateLabel', { gate: String(gate) })}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            id="review-decision"
            label={t('reviews.form.decision')}
            value={state.decision}
            onChange={e => {
              const decision = e.target.value as GateDecision;
              set({
                decision,
                reservations:
                  decision === 'GO_WITH_RESERVATIONS' &&
                  state.reservations.length === 0
                    ? [{ text: '', dueDate: '' }]
                    : state.reservations,
              });
            }}
            SelectProps={{ inputProps: { 'data-testid': 'review-decision' } }}
          >
            {GATE_DECISIONS.map(decision => (
              <MenuItem key={decision} value={decision}>
                {t(`reviews.decision.${decision}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            id="review-decided-on"
            label={t('reviews.form.decidedOn')}
            value={state.decidedOn}
            onChange={e => set({ decidedOn: e.target.value })}
            InputLabelProps={{ shrink: true }}
          />
          <TextField
            id="review-reviewers"
            label={t('reviews.form.reviewers')}
            value={state.reviewers}
            onChange={e => set({ reviewers: e.target.value })}
          />
          {state.decision === 'GO_WITH_RESERVATIONS' && (
            <Box component="fieldset" border={0} p={0} m={0}>
              <Typography variant="subtitle2" component="legend">
                {t('reviews.form.reservationsTitle')}
              </Typography>
              {state.reservations.map((reservation, i) => {
                const index = String(i + 1);
                return (
                  <Box
                    key={i}
                    display="flex"
                    alignItems="flex-end"
                    style={{ gap: 8 }}
                  >
                    <TextField
                      fullWidth
                      id={`review-reservation-${index}-text`}
                      label={t('reviews.form.reservationText', { index })}
                      value={reservation.text}
                      onChange={e =>
                        setReservation(i, { text: e.target.value })
                      }
                    />
                    <TextField
                      type="date"
                      id={`review-reservation-${index}-due`}
                      label={t('reviews.form.reservationDue', { index })}
                      value={reservation.dueDate}
                      onChange={e =>
                        setReservation(i, { dueDate: e.target.value })
                      }
                      InputLabelProps={{ shrink: true }}
                    />
                    <IconButton
                      aria-label={t('reviews.form.removeReservation', {
                        index,
                      })}
                      onClick={() =>
                        set({
                          reservations: state.reservations.filter(
                            (_, j) => j !== i,
                          ),
                        })
                      }
                    >
                      <DeleteIcon />
                    </IconButton>
                  </Box>
                );
              })}
              <Button
                size="small"
                onClick={() =>
                  set({
                    reservations: [
                      ...state.reservations,
                      { text: '', dueDate: '' },
                    ],
                  })
                }
              >
                {t('reviews.form.addReservation')}
              </Button>
            </Box>
          )}
          <TextField
            id="review-minutes-url"
            label={t('reviews.form.minutesUrl')}
            value={state.minutesUrl}
            onChange={e => set({ minutesUrl: e.target.value })}
          />
          <TextField
            multiline
            minRows={2}
            id="review-comment"
            label={t('reviews.form.comment')}
            value={state.comment}
            onChange={e => set({ comment: e.target.value })}
          />
          {errors && (
            <Typography role="alert" color="error" variant="body2">
              {errors}
            </Typography>
          )}
        </Box>
      </DialogContent>
      <DialogSaveActions
        cancelLabel={t('reviews.form.cancel')}
        saveLabel={t('reviews.form.save')}
        onCancel={onClose}
        onSave={submit}
        busy={busy}
      />
    </Dialog>
  );
}
