import Box from '@material-ui/core/Box';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  CRITERION_STATES,
  CriterionState,
  Severity,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { LabelledSelect } from '../LabelledSelect';

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
      <LabelledSelect<CriteriaFilterValue['state']>
        id="onboarding-state-filter"
        label={t('entityContent.filterState')}
        value={value.state}
        onChange={state => onChange({ ...value, state })}
        options={[
          { value: 'any', label: t('entityContent.any') },
          ...CRITERION_STATES.map(state => ({
            value: state,
            label: t(`state.${state}`),
          })),
        ]}
      />
      <LabelledSelect<CriteriaFilterValue['severity']>
        id="onboarding-severity-filter"
        label={t('entityContent.filterSeverity')}
        value={value.severity}
        onChange={severity => onChange({ ...value, severity })}
        options={[
          { value: 'any', label: t('entityContent.any') },
          { value: 'blocking', label: t('severity.blocking') },
          { value: 'advisory', label: t('severity.advisory') },
        ]}
      />
    </Box>
  );
}
