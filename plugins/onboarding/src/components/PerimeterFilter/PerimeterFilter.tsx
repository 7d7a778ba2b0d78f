import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { PerimeterView } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { PerimeterChoice } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { LabelledSelect } from '../LabelledSelect';

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
    <LabelledSelect<PerimeterChoice>
      id="onboarding-perimeter"
      label={t('perimeterFilter.label')}
      value={value}
      minWidth={200}
      onChange={onChange}
      options={[
        { value: 'all', label: t('perimeterFilter.all') },
        ...perimeters.map(p => ({ value: p.id, label: p.label })),
      ]}
    />
  );
}
