import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  // The outlined label sits on the page's grey, where the secondary grey is under 4.5:1.
  label: { color: theme.palette.text.primary },
}));

export interface LabelledSelectProps<T extends string> {
  /** Unique on the page: ties the label to the field for assistive technologies. */
  id: string;
  label: string;
  value: T;
  options: Array<{ value: T; label: string }>;
  onChange: (value: T) => void;
  minWidth?: number;
}

/** An outlined select with its label, as every filter of the suite uses. */
export function LabelledSelect<T extends string>(
  props: LabelledSelectProps<T>,
) {
  const { id, label, value, options, onChange, minWidth = 160 } = props;
  const classes = useStyles();
  return (
    <FormControl
      variant="outlined"
      size="small"
      style={{ minWidth, maxWidth: '100%' }}
    >
      <InputLabel id={`${id}-label`} classes={{ root: classes.label }}>
        {label}
      </InputLabel>
      <Select
        labelId={`${id}-label`}
        // Named by its label and the value it shows, so that the name contains the visible
        // text (WCAG 2.5.3, axe's label-content-name-mismatch).
        SelectDisplayProps={{ id: `${id}-value` } as object}
        label={label}
        value={value}
        onChange={event => {
          const next = options.find(o => o.value === event.target.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map(option => (
          <MenuItem key={option.value} value={option.value}>
            {option.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
