import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  FormAnswer,
  FormQuestion,
  Language,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

/** One question, with the input its type calls for. */
export function QuestionField(props: {
  formId: string;
  question: FormQuestion;
  value: FormAnswer | undefined;
  onChange: (value: FormAnswer) => void;
  disabled: boolean;
  language: Language;
}) {
  const { formId, question, value, onChange, disabled, language } = props;
  const { t } = useTranslationRef(onboardingTranslationRef);
  const id = `form-${formId}-${question.id}`;
  const label = question.label[language];
  const help = question.help?.[language];
  const helpId = help ? `${id}-help` : undefined;

  if (question.type === 'text' || question.type === 'person') {
    return (
      <TextField
        id={id}
        label={label}
        helperText={help}
        value={typeof value === 'string' ? value : ''}
        onChange={event => onChange(event.target.value)}
        disabled={disabled}
        fullWidth
        multiline={question.type === 'text'}
        variant="outlined"
        margin="normal"
      />
    );
  }
  const options =
    question.type === 'yes-no'
      ? [
          { value: 'yes', label: t('forms.yes') },
          { value: 'no', label: t('forms.no') },
        ]
      : (question.options ?? []).map(o => ({
          value: o.value,
          label: o.label[language],
        }));
  const chosen = Array.isArray(value) ? value : [];
  return (
    <FormControl
      component="fieldset"
      margin="normal"
      disabled={disabled}
      fullWidth
    >
      <FormLabel component="legend">{label}</FormLabel>
      {question.multiple ? (
        <FormGroup row aria-describedby={helpId}>
          {options.map(option => (
            <FormControlLabel
              key={option.value}
              label={option.label}
              control={
                <Checkbox
                  checked={chosen.includes(option.value)}
                  onChange={event =>
                    onChange(
                      event.target.checked
                        ? [...chosen, option.value]
                        : chosen.filter(v => v !== option.value),
                    )
                  }
                />
              }
            />
          ))}
        </FormGroup>
      ) : (
        <RadioGroup
          row
          aria-label={label}
          aria-describedby={helpId}
          value={typeof value === 'string' ? value : ''}
          onChange={event => onChange(event.target.value)}
        >
          {options.map(option => (
            <FormControlLabel
              key={option.value}
              value={option.value}
              label={option.label}
              control={<Radio />}
            />
          ))}
        </RadioGroup>
      )}
      {help && <FormHelperText id={helpId}>{help}</FormHelperText>}
    </FormControl>
  );
}
