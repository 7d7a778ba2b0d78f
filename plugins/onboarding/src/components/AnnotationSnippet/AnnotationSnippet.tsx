import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import { CopyTextButton } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { onboardingTranslationRef } from '../../translation';

export interface AnnotationSnippetProps {
  /** Annotation names and the example value to show for each. */
  annotations: Record<string, string>;
}

// Plain text in the theme's own colours rather than Backstage's CodeSnippet: its syntax
// colours fail WCAG AA contrast, and its scrolling <pre> cannot be reached by keyboard.
const useStyles = makeStyles(theme => ({
  pre: {
    margin: 0,
    padding: theme.spacing(2),
    paddingRight: theme.spacing(7),
    overflowX: 'auto',
    fontFamily: 'monospace',
    fontSize: '0.875rem',
    lineHeight: 1.5,
    color: theme.palette.text.primary,
    backgroundColor: theme.palette.background.default,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    '&:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  copy: { position: 'absolute', top: theme.spacing(0.5), right: 0 },
}));

/** A catalog-info.yaml fragment to paste, with a copy button. */
export function AnnotationSnippet({ annotations }: AnnotationSnippetProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(onboardingTranslationRef);
  const lines = Object.entries(annotations).map(
    ([name, value]) => `    ${name}: ${JSON.stringify(value)}`,
  );
  const text = ['metadata:', '  annotations:', ...lines].join('\n');
  return (
    <Box position="relative">
      {/* Focusable so that keyboard users can scroll a line longer than the box (axe's
          scrollable-region-focusable, WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className={classes.pre} tabIndex={0} aria-label={t('snippet.label')}>
        <code>{text}</code>
      </pre>
      <Box className={classes.copy}>
        <CopyTextButton
          text={text}
          aria-label={t('snippet.copy')}
          tooltipText={t('snippet.copied')}
        />
      </Box>
    </Box>
  );
}
