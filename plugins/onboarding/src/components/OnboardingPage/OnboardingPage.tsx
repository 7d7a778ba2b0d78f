import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  Route,
  Routes,
  useLocation,
  useNavigate,
  useParams,
  useResolvedPath,
  useSearchParams,
} from 'react-router-dom';
import { onboardingTranslationRef } from '../../translation';
import { ViewRoot } from '../ViewRoot';
import { TeamMaturity } from '../TeamMaturity';
import { FactSources } from '../FactSources';
import { TemplateScores } from '../TemplateScores';
import { OwnerPicker } from './OwnerPicker';
import { Objectives } from '../Objectives';
import { CriteriaPreview } from '../CriteriaPreview';
import { MyTrainingPath } from '../MyTrainingPath';
import {
  GuidePaths,
  GuideStep,
  JourneyGuide,
  guidePaths,
} from '../JourneyGuide';
import { GUIDE_PATH, SUPPORT_PATH } from '../JourneyGuide/guidePaths';
import { SupportCasePage, SupportHelper } from '../SupportHelper';

const VIEWS = [
  'teams',
  'templates',
  'sources',
  'objectives',
  'preview',
  'mypath',
] as const;
type View = (typeof VIEWS)[number];
const viewOf = (value: string | null): View =>
  VIEWS.find(view => view === value) ?? 'teams';

/** The journey guide and the support cases have paths of their own, so each step and case can be linked. */
const PATH_VIEWS = [GUIDE_PATH, SUPPORT_PATH] as const;
type PathView = (typeof PATH_VIEWS)[number];
const pathViewOf = (rest: string): PathView | undefined =>
  PATH_VIEWS.find(view => rest === view || rest.startsWith(`${view}/`));

function GuideStepRoute({ paths }: { paths: GuidePaths }) {
  return <GuideStep step={useParams().step} paths={paths} />;
}

function SupportCaseRoute({ paths }: { paths: GuidePaths }) {
  return (
    <SupportCasePage supportCase={useParams().supportCase} paths={paths} />
  );
}

/**
 * The suite's own page: team maturity for tech leads (choose the team), template scores
 * and the fact sources' health for the platform team. The view and team live in the
 * URL, so they can be shared.
 */
export function OnboardingPage() {
  const { t } = useTranslationRef(onboardingTranslationRef);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const base = useResolvedPath('.').pathname;
  const paths = guidePaths(base);
  const rest = useLocation().pathname.slice(base.length).replace(/^\/+/, '');
  const pathView = pathViewOf(rest);
  const view = viewOf(params.get('view'));
  const group = params.get('group') ?? undefined;
  const update = (changes: Record<string, string>) =>
    setParams(
      current => {
        const next = new URLSearchParams(current);
        Object.entries(changes).forEach(([key, value]) => next.set(key, value));
        return next;
      },
      { replace: true },
    );

  return (
    <Page themeId="tool">
      <Header title={t('page.title')} subtitle={t('page.subtitle')} />
      <Content>
        {/* The header above is Backstage's; the page's own elements start here. */}
        <ViewRoot view="page">
          <Tabs
            value={pathView ?? view}
            onChange={(_, value) => {
              if (value === GUIDE_PATH) navigate(paths.guide);
              else if (value === SUPPORT_PATH) navigate(paths.support);
              else if (pathView) navigate(`${paths.page}?view=${value}`);
              else update({ view: value });
            }}
            indicatorColor="primary"
            variant="scrollable"
            scrollButtons="off"
          >
            <Tab value="teams" label={t('page.teamsTab')} />
            <Tab value="templates" label={t('page.templatesTab')} />
            <Tab value="sources" label={t('page.sourcesTab')} />
            <Tab value="objectives" label={t('objectives.title')} />
            <Tab value="preview" label={t('criteriaPreview.tab')} />
            <Tab value="mypath" label={t('myPath.tab')} />
            <Tab value={GUIDE_PATH} label={t('guide.tab')} />
            <Tab value={SUPPORT_PATH} label={t('support.tab')} />
          </Tabs>
          <Box mt={3}>
            <Routes>
              <Route
                path={GUIDE_PATH}
                element={<JourneyGuide paths={paths} />}
              />
              <Route
                path={`${GUIDE_PATH}/:step`}
                element={<GuideStepRoute paths={paths} />}
              />
              <Route
                path={SUPPORT_PATH}
                element={<SupportHelper paths={paths} />}
              />
              <Route
                path={`${SUPPORT_PATH}/:supportCase`}
                element={<SupportCaseRoute paths={paths} />}
              />
              <Route
                path="*"
                element={
                  <>
                    {view === 'teams' && (
                      <>
                        <Box mb={3}>
                          <OwnerPicker
                            value={group}
                            onChange={ref => update({ group: ref })}
                          />
                        </Box>
                        {group && (
                          <TeamMaturity group={parseEntityRef(group)} />
                        )}
                      </>
                    )}
                    {view === 'templates' && <TemplateScores />}
                    {view === 'sources' && <FactSources />}
                    {view === 'objectives' && <Objectives />}
                    {view === 'preview' && <CriteriaPreview />}
                    {view === 'mypath' && <MyTrainingPath />}
                  </>
                }
              />
            </Routes>
          </Box>
        </ViewRoot>
      </Content>
    </Page>
  );
}
