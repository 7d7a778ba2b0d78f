import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { onboardingTranslationRef } from '../../translation';

/** A failed load: what went wrong, and a button to try again. */
export function ErrorWithRetry(props: {
  error?: Error;
  title?: string;
  onRetry: () => void;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <Box>
      {props.title && (
        <Typography variant="subtitle1" component="p" gutterBottom>
          {props.title}
        </Typography>
      )}
      {props.error && <ResponseErrorPanel error={props.error} />}
      <Box mt={1}>
        <Button variant="outlined" onClick={props.onRetry}>
          {t('entityCard.retry')}
        </Button>
      </Box>
    </Box>
  );
}
