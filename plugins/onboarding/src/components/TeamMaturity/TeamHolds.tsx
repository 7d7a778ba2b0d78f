import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  TeamCriterionCount,
  TeamSummary,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { onboardingTranslationRef } from '../../translation';

type View = 'next-gates' | 'all-steps';

/**
 * What holds a team: first the blockers of each entity's own next gate, counted (what
 * a tech lead acts on now); then every unmet criterion of every step.
 */
export function TeamHolds({ summary }: { summary: TeamSummary }) {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const [view, setView] = useState<View>('next-gates');
  const id = (v: View) => `team-holds-${v}`;
  return (
    <>
      <Tabs
        value={view}
        onChange={(_, next: View) => setView(next)}
        indicatorColor="primary"
        textColor="primary"
        variant="fullWidth"
      >
        {(['next-gates', 'all-steps'] as const).map(v => (
          <Tab
            key={v}
            value={v}
            id={`${id(v)}-tab`}
            aria-controls={id(v)}
            label={
              v === 'next-gates'
                ? t('teamView.nextGatesTab')
                : t('teamView.allStepsTab')
            }
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id={id(view)}
        aria-labelledby={`${id(view)}-tab`}
        pt={1}
      >
        {view === 'next-gates' ? (
          <CountedCriteria
            intro={t('teamView.nextGatesIntro')}
            empty={t('teamView.nothingHolds')}
            items={summary.nextGateBlockers}
            row={values => t('teamView.nextGatesRow', values)}
          />
        ) : (
          <CountedCriteria
            intro={t('teamView.allStepsIntro')}
            empty={t('team.noFailing')}
            items={summary.topFailing}
            row={values => t('team.topFailingRow', values)}
          />
        )}
      </Box>
    </>
  );
}

/** One view of the holds: its intro, then the criteria counted, most frequent first. */
function CountedCriteria(props: {
  intro: string;
  /** What to say when no criterion holds. */
  empty: string;
  items: TeamCriterionCount[];
  row: (values: {
    title: string;
    id: string;
    step: string;
    count: number;
  }) => string;
}) {
  const { intro, empty, items, row } = props;
  return (
    <>
      <Typography variant="caption" component="p" gutterBottom>
        {intro}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2">{empty}</Typography>
      ) : (
        <Box component="ol" pl={2} m={0}>
          {items.map(item => (
            <Typography key={item.criterionId} component="li" variant="body2">
              {row({
                title: item.title,
                id: item.criterionId,
                step: String(item.step),
                count: item.count,
              })}
            </Typography>
          ))}
        </Box>
      )}
    </>
  );
}
