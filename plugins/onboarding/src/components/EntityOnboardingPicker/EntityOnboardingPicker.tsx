import { useEffect, useMemo, useState } from 'react';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  CatalogAutocomplete,
  DefaultEntityFilters,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import {
  CATALOG_FILTER_VERDICTS,
  CatalogFilterVerdict,
  StepNumber,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { onboardingApiRef } from '../../api';
import { onboardingTranslationRef } from '../../translation';
import {
  EntityOnboardingStepFilter,
  EntityOnboardingVerdictFilter,
  ONBOARDING_STEP_FILTER,
  ONBOARDING_VERDICT_FILTER,
  countIndex,
} from './onboardingFilters';

/** The catalog's filters with the two onboarding ones. */
export type OnboardingEntityFilters = DefaultEntityFilters & {
  [ONBOARDING_STEP_FILTER]?: EntityOnboardingStepFilter;
  [ONBOARDING_VERDICT_FILTER]?: EntityOnboardingVerdictFilter;
};

const STEPS: StepNumber[] = [1, 2, 3, 4, 5];

/** The values of a filter restored from the page's URL, the unknown ones dropped. */
function fromQuery<T extends string | number>(
  value: string | string[] | undefined,
  allowed: readonly T[],
): T[] {
  const given = [value ?? []].flat().map(String);
  return allowed.filter(option => given.includes(String(option)));
}

function OptionLabel(props: { selected: boolean; label: string }) {
  return (
    <FormControlLabel
      control={<Checkbox checked={props.selected} size="small" />}
      label={props.label}
      onClick={event => event.preventDefault()}
    />
  );
}

/**
 * The catalog list's onboarding filters: "Onboarding step" (1 to 5) and "Next gate
 * verdict" (GO / NO-GO), with how many entities each option holds. One request to the
 * onboarding backend per page view; every choice after that is filtered from its answer.
 * Must be placed among the catalog index page's filters (inside its EntityListProvider).
 */
export function EntityOnboardingPicker() {
  const api = useApi(onboardingApiRef);
  const { t } = useTranslationRef(onboardingTranslationRef);
  const { updateFilters, queryParameters } =
    useEntityList<OnboardingEntityFilters>();
  const index = useAsync(() => api.getCatalogFilter(), [api]);
  const [steps, setSteps] = useState<StepNumber[]>(() =>
    fromQuery(queryParameters[ONBOARDING_STEP_FILTER], STEPS),
  );
  const [verdicts, setVerdicts] = useState<CatalogFilterVerdict[]>(() =>
    fromQuery(
      queryParameters[ONBOARDING_VERDICT_FILTER],
      CATALOG_FILTER_VERDICTS,
    ),
  );

  useEffect(() => {
    if (!index.value) return;
    updateFilters({
      [ONBOARDING_STEP_FILTER]: steps.length
        ? new EntityOnboardingStepFilter(steps, index.value)
        : undefined,
      [ONBOARDING_VERDICT_FILTER]: verdicts.length
        ? new EntityOnboardingVerdictFilter(verdicts, index.value)
        : undefined,
    });
  }, [index.value, steps, verdicts, updateFilters]);

  const counts = useMemo(
    () => (index.value ? countIndex(index.value) : undefined),
    [index.value],
  );
  const withCount = (label: string, count: number | undefined) =>
    counts ? `${label} (${count ?? 0})` : label;
  const stepLabel = (step: StepNumber) =>
    withCount(
      t('catalogFilter.stepOption', { step: String(step) }),
      counts?.steps[step],
    );
  const verdictLabel = (verdict: CatalogFilterVerdict) =>
    withCount(t(`verdict.${verdict}`), counts?.verdicts[verdict]);

  return (
    <Box pb={1} pt={1} data-testid="onboarding-catalog-filters">
      <Box pb={1}>
        <CatalogAutocomplete<StepNumber, true>
          multiple
          disableCloseOnSelect
          name="onboarding-step-picker"
          label={t('catalogFilter.stepLabel')}
          options={STEPS}
          value={steps}
          onChange={(_event, value) =>
            setSteps([...value].sort((a, b) => a - b))
          }
          getOptionLabel={step =>
            t('catalogFilter.stepOption', { step: String(step) })
          }
          renderOption={(step, { selected }) => (
            <OptionLabel selected={selected} label={stepLabel(step)} />
          )}
        />
      </Box>
      <CatalogAutocomplete<CatalogFilterVerdict, true>
        multiple
        disableCloseOnSelect
        name="onboarding-verdict-picker"
        label={t('catalogFilter.verdictLabel')}
        options={[...CATALOG_FILTER_VERDICTS]}
        value={verdicts}
        onChange={(_event, value) => setVerdicts([...value])}
        getOptionLabel={verdict => t(`verdict.${verdict}`)}
        renderOption={(verdict, { selected }) => (
          <OptionLabel selected={selected} label={verdictLabel(verdict)} />
        )}
      />
      {index.error && (
        <Typography variant="caption" color="error" role="alert">
          {t('catalogFilter.loadError')}
        </Typography>
      )}
      {index.value?.truncated && (
        <Typography variant="caption" color="textSecondary">
          {t('catalogFilter.truncated', { count: index.value.total })}
        </Typography>
      )}
    </Box>
  );
}
