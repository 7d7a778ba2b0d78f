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

/** One template's score, its criteria and its projects' outcomes. */
export interface TemplateScoreItem {
  entityRef: string;
  title: string;
  description?: string;
  score: TemplateScore;
  report: EntityReport;
  outcomes: TemplateOutcomes;
}

/** What `GET /templates` answers: every template the caller may see, best first. */
export interface TemplateScoresResponse {
  items: TemplateScoreItem[];
}
