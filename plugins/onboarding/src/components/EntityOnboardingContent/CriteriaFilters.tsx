import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  CRITERION_STATES,
  CriterionState,
  Severity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

export interface CriteriaFilterValue {
  state: CriterionState | 'any';
  severity: Severity | 'any';
}

/** Filters the criteria list by state and by severity. */
export function CriteriaFilters(props: {
  value: CriteriaFilterValue;
  onChange: (value: CriteriaFilterValue) => void;
}) {
  const { value, onChange } = props;
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 12 }} mb={2}>
      <FormControl variant="outlined" size="small" style={{ minWidth: 160 }}>
        <InputLabel id="onboarding-state-filter">
          {t('entityContent.filterState')}
        </InputLabel>
        <Select
          labelId="onboarding-state-filter"
          label={t('entityContent.filterState')}
          value={value.state}
          onChange={e =>
            onChange({
              ...value,
              state: e.target.value as CriteriaFilterValue['state'],
            })
          }
        >
          <MenuItem value="any">{t('entityContent.any')}</MenuItem>
          {CRITERION_STATES.map(state => (
            <MenuItem key={state} value={state}>
              {t(`state.${state}`)}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl variant="outlined" size="small" style={{ minWidth: 160 }}>
        <InputLabel id="onboarding-severity-filter">
          {t('entityContent.filterSeverity')}
        </InputLabel>
        <Select
          labelId="onboarding-severity-filter"
          label={t('entityContent.filterSeverity')}
          value={value.severity}
          onChange={e =>
            onChange({
              ...value,
              severity: e.target.value as CriteriaFilterValue['severity'],
            })
          }
        >
          <MenuItem value="any">{t('entityContent.any')}</MenuItem>
          <MenuItem value="blocking">{t('severity.blocking')}</MenuItem>
          <MenuItem value="advisory">{t('severity.advisory')}</MenuItem>
        </Select>
      </FormControl>
    </Box>
  );
}
