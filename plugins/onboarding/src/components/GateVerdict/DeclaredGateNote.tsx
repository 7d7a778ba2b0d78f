import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import EditIcon from '@material-ui/icons/EditOutlined';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { onboardingTranslationRef } from '../../translation';

/** Says that a gate's verdict rests on declarations, not on what the platform's tools measure. */
export function DeclaredGateNote() {
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <Box
      display="flex"
      alignItems="flex-start"
      style={{ gap: 4 }}
      data-testid="gate-on-declarations"
    >
      <EditIcon fontSize="small" color="action" aria-hidden />
      <Typography variant="body2" component="p" color="textSecondary">
        {t('provenance.gateOnDeclarations')}
      </Typography>
    </Box>
  );
}
