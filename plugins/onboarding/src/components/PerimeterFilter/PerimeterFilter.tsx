import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  PerimeterView,
  isPerimeterId,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { PerimeterChoice } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';

export interface PerimeterFilterProps {
  perimeters: PerimeterView[];
  value: PerimeterChoice;
  onChange: (value: PerimeterChoice) => void;
}

/** Chooses whose resources to show: technical, project management, governance, or all. */
export function PerimeterFilter({
  perimeters,
  value,
  onChange,
}: PerimeterFilterProps) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <FormControl
      variant="outlined"
      size="small"
      style={{ minWidth: 200, maxWidth: '100%' }}
    >
      <InputLabel id="onboarding-perimeter-label">
        {t('perimeterFilter.label')}
      </InputLabel>
      <Select
        labelId="onboarding-perimeter-label"
        label={t('perimeterFilter.label')}
        value={value}
        onChange={event => {
          const next = String(event.target.value);
          onChange(isPerimeterId(next) ? next : 'all');
        }}
      >
        <MenuItem value="all">{t('perimeterFilter.all')}</MenuItem>
        {perimeters.map(perimeter => (
          <MenuItem key={perimeter.id} value={perimeter.id}>
            {perimeter.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
