import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import InfoIcon from '@material-ui/icons/Info';
import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { SourcesResponse } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { useJourneyLanguage, useSources } from '../../hooks';
import { onboardingTranslationRef } from '../../translation';
import { ErrorWithRetry } from '../ErrorWithRetry';
import { SourceRow } from './SourceRow';

/**
 * The administrators' view of the fact sources: which platform tools are asked (a
 * simulator is flagged), how each stands, what it measures and for which criteria;
 * then what stays judged on declarations.
 */
export function FactSources() {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const sources = useSources();
  if (sources.loading && !sources.value) return <Progress />;
  if (sources.error || !sources.value) {
    return (
      <ErrorWithRetry
        title={t('sources.errorTitle')}
        error={sources.error}
        onRetry={sources.retry}
      />
    );
  }
  const { items, notConfigured, gatesOnDeclarations } = sources.value;
  return (
    <Box>
      <Typography variant="h5" component="h2">
        {t('page.sourcesTab')}
      </Typography>
      <Typography variant="body2" paragraph>
        {t('sources.intro')}
      </Typography>
      {items.length === 0 ? (
        <Typography paragraph>{t('sources.noneConfigured')}</Typography>
      ) : (
        <SourcesTable items={items} />
      )}
      <NotConfigured sources={notConfigured} />
      <Box component="section" mt={3} aria-labelledby="gates-on-declarations">
        <Typography variant="h6" component="h3" id="gates-on-declarations">
          {t('sources.gatesTitle')}
        </Typography>
        <Typography variant="body2">
          {gatesOnDeclarations.length === 0
            ? t('sources.gatesNone')
            : t('sources.gatesList', { steps: gatesOnDeclarations.join(', ') })}
        </Typography>
      </Box>
    </Box>
  );
}

/** Below this width the table scrolls instead of wrapping its figures letter by letter. */
const TABLE_MIN_WIDTH = 1100;

function SourcesTable({ items }: { items: SourcesResponse['items'] }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const language = useJourneyLanguage();
  const headers = [
    t('sources.columnSource'),
    t('sources.columnHealth'),
    t('sources.columnEntities'),
    t('sources.columnFailing'),
    t('sources.columnLastGathered'),
    t('sources.columnFailingSince'),
    t('sources.columnBreaker'),
    t('sources.columnMeasures'),
  ];
  return (
    <>
      {items.some(s => s.simulated) && (
        <Box mb={2} display="flex" alignItems="flex-start" style={{ gap: 8 }}>
          <InfoIcon color="secondary" aria-hidden />
          <Typography variant="body2" style={{ fontWeight: 600 }}>
            {t('sources.simulatedHint')}
          </Typography>
        </Box>
      )}
      <Typography variant="h6" component="h3" id="configured-sources">
        {t('sources.tableTitle')}
      </Typography>
      {/*
        A wide table scrolls sideways inside its own box (focusable, so keyboards can
        scroll it) rather than squeezing its columns or widening the page.
      */}
      <Box
        role="region"
        style={{ overflowX: 'auto' }}
        tabIndex={0}
        aria-labelledby="configured-sources"
      >
        <Table
          size="small"
          aria-labelledby="configured-sources"
          style={{ minWidth: TABLE_MIN_WIDTH }}
        >
          <TableHead>
            <TableRow>
              {headers.map(header => (
                <TableCell key={header} component="th" scope="col">
                  {header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(source => (
              <SourceRow key={source.id} source={source} language={language} />
            ))}
          </TableBody>
        </Table>
      </Box>
    </>
  );
}

function NotConfigured({
  sources,
}: {
  sources: SourcesResponse['notConfigured'];
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  return (
    <Box component="section" mt={3} aria-labelledby="sources-not-configured">
      <Typography variant="h6" component="h3" id="sources-not-configured">
        {t('sources.notConfiguredTitle')}
      </Typography>
      {sources.length === 0 ? (
        <Typography variant="body2">{t('sources.allConfigured')}</Typography>
      ) : (
        <>
          <Typography variant="body2">
            {t('sources.notConfiguredIntro')}
          </Typography>
          <Box component="ul" mt={1}>
            {sources.map(source => (
              <li key={source.id} style={{ overflowWrap: 'anywhere' }}>
                <Typography variant="body2">
                  {t('sources.notConfiguredRow', {
                    source: source.id,
                    criteria: source.criteria.join(', '),
                  })}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}
