import { Fragment, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Language,
  SourceItem,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';
import { formatDateTime } from '../EvaluationFreshness';
import { SourceHealthState } from './SourceHealthState';

/** Columns of the sources table, the row header included. */
export const SOURCE_COLUMNS = 8;

/** One configured source: its health in figures, and what it measures on demand. */
export function SourceRow({
  source,
  language,
}: {
  source: SourceItem;
  language: Language;
}) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const [open, setOpen] = useState(false);
  const { health } = source;
  const date = (iso?: string) => iso && formatDateTime(iso, language);
  const detailsId = `fact-source-${source.id}-measures`;
  return (
    <Fragment>
      <TableRow data-testid="fact-source" data-source={source.id}>
        {/* MUI gives a cell rendered as th the role "cell": say it heads its row. */}
        <TableCell
          component="th"
          scope="row"
          role="rowheader"
          style={{ minWidth: 220, overflowWrap: 'anywhere' }}
        >
          <Box
            display="flex"
            flexWrap="wrap"
            alignItems="center"
            style={{ gap: 8 }}
          >
            <Typography
              variant="body2"
              component="span"
              style={{ fontWeight: 600 }}
            >
              {source.title}
            </Typography>
            {source.simulated && (
              <Chip
                size="small"
                // Primary: white on the secondary pink is 4.18:1, under WCAG AA.
                color="primary"
                label={t('sources.simulated')}
                data-testid="simulated-badge"
              />
            )}
          </Box>
          {/* Not the secondary grey: 4.47:1 on the table's striped rows. */}
          <Typography variant="caption">{source.id}</Typography>
        </TableCell>
        <TableCell>
          <SourceHealthState state={health.state} />
        </TableCell>
        <TableCell align="right">{health.entities}</TableCell>
        <TableCell align="right">{health.failing}</TableCell>
        <TableCell>
          {date(health.lastGatheredAt) || t('sources.never')}
        </TableCell>
        <TableCell style={{ minWidth: 200 }}>
          {health.failingSince
            ? date(health.failingSince)
            : t('sources.notFailing')}
          {health.lastError && (
            <Typography
              variant="caption"
              component="p"
              color="error"
              style={{ overflowWrap: 'anywhere' }}
            >
              {t('sources.lastError', { error: health.lastError })}
            </Typography>
          )}
        </TableCell>
        <TableCell>
          {date(health.breakerOpenSince) || t('sources.breakerClosed')}
        </TableCell>
        <TableCell>
          <Typography variant="caption" component="p">
            {t('sources.measuresSummary', {
              facts: String(source.provides.length),
              criteria: String(source.criteria.length),
            })}
          </Typography>
          <Button
            size="small"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {t(open ? 'sources.hideMeasures' : 'sources.showMeasures', {
              source: source.title,
            })}
          </Button>
        </TableCell>
      </TableRow>
      {open && (
        <TableRow id={detailsId}>
          <TableCell
            colSpan={SOURCE_COLUMNS}
            style={{ overflowWrap: 'anywhere' }}
          >
            <Typography variant="subtitle2" component="h4">
              {t('sources.factsTitle')}
            </Typography>
            <Box component="ul" mt={0}>
              {source.provides.map(fact => (
                <li key={fact.name}>
                  <Typography variant="body2">
                    <code>{fact.name}</code> ({fact.type}): {fact.description}
                  </Typography>
                </li>
              ))}
            </Box>
            <Typography variant="subtitle2" component="h4">
              {t('sources.criteriaTitle')}
            </Typography>
            {source.criteria.length === 0 ? (
              <Typography variant="body2">{t('sources.noCriteria')}</Typography>
            ) : (
              <Typography variant="body2">
                {source.criteria.join(', ')}
              </Typography>
            )}
          </TableCell>
        </TableRow>
      )}
    </Fragment>
  );
}
