import { TemplateScore } from '../criteria/templateScore';
import { StepNumber } from '../journey';
import { EntityReport } from './buildReport';

/** How far the projects created from a template got on the journey. */
export interface TemplateOutcomes {
  /** Catalog entities whose backstage.io/source-template names the template. */
  total: number;
  /** Of those, how many stand at each step (by their latest stored evaluation). */
  counts: Record<StepNumber, number>;
  /** Created from the template but not evaluated yet. */
  notEvaluated: number;
}

/** One template's score and its projects' outcomes, as `GET /templates` lists it. */
export interface TemplateScoreItem {
  entityRef: string;
  title: string;
  description?: string;
  score: TemplateScore;
  outcomes: TemplateOutcomes;
}

/** What `GET /templates` answers: every template the caller may see, best first, scores only. */
export interface TemplateScoresResponse {
  items: TemplateScoreItem[];
}

/** What `GET /templates/:namespace/:name` answers: one template's score and its report. */
export interface TemplateDetail<Report = EntityReport>
  extends TemplateScoreItem {
  report: Report;
}

/** Best first: the later projects start, then the larger share of criteria met, then by title. */
export function compareTemplateScores(
  a: TemplateScoreItem,
  b: TemplateScoreItem,
): number {
  return (
    b.score.startStep - a.score.startStep ||
    b.score.share - a.score.share ||
    a.title.localeCompare(b.title)
  );
}
