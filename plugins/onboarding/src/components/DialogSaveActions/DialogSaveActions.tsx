import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';

/** A form dialog's two actions: cancel, and save, which waits while a save is under way. */
export function DialogSaveActions(props: {
  cancelLabel: string;
  saveLabel: string;
  onCancel: () => void;
  onSave: () => void;
  busy: boolean;
}) {
  return (
    <DialogActions>
      <Button onClick={props.onCancel}>{props.cancelLabel}</Button>
      <Button
        variant="contained"
        color="primary"
        onClick={props.onSave}
        disabled={props.busy}
      >
        {props.saveLabel}
      </Button>
    </DialogActions>
  );
}
