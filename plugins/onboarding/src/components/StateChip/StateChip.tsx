import Chip from '@material-ui/core/Chip';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import CancelIcon from '@material-ui/icons/Cancel';
import ErrorIcon from '@material-ui/icons/Error';
import HelpIcon from '@material-ui/icons/Help';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import VerifiedUserIcon from '@material-ui/icons/VerifiedUser';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { CriterionState } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

const ICONS: Record<CriterionState, JSX.Element> = {
  pass: <CheckCircleIcon style={{ color: '#2e7d32' }} />,
  fail: <CancelIcon style={{ color: '#c62828' }} />,
  invalid: <ErrorIcon style={{ color: '#e65100' }} />,
  'not-applicable': <RemoveCircleOutlineIcon />,
  unknown: <HelpIcon />,
  exempted: <VerifiedUserIcon style={{ color: '#1565c0' }} />,
};

/** A criterion's state as a word with an icon: colour is never the only signal. */
export function StateChip({ state }: { state: CriterionState }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={ICONS[state]}
      label={t(`state.${state}`)}
    />
  );
}
