import { header } from '../server';
import { SimulatedResponse, ToolSimulator } from '../types';

/** One analysed project of the simulated SonarQube, keyed by project key in the dataset. */
export interface SonarQubeProject {
  /** Quality gate status of the main branch. */
  qualityGate: 'OK' | 'WARN' | 'ERROR' | 'NONE';
  /** Gate conditions; values are strings, as SonarQube sends them. */
  conditions?: Array<{
    metricKey: string;
    status: 'OK' | 'WARN' | 'ERROR';
    comparator: 'LT' | 'GT';
    errorThreshold: string;
    actualValue?: string;
  }>;
  /** Measures by metric key (`coverage`, `security_rating`…); an absent one is not sent. */
  measures?: Record<string, string>;
}

export interface SonarQubeData {
  projects?: Record<string, SonarQubeProject>;
}

const errors = (status: number, msg: string): SimulatedResponse => ({
  status,
  json: { errors: [{ msg }] },
});

/**
 * SonarQube's Web API for what the fact source reads: the main branch's quality gate
 * (`api/qualitygates/project_status`) and measures (`api/measures/component`), with
 * SonarQube's `{"errors":[{"msg"}]}` bodies. Accepts a user token as Bearer (10.0+) or
 * as Basic login with an empty password.
 */
export const sonarqube: ToolSimulator<SonarQubeData> = {
  tool: 'sonarqube',
  unauthorized(request, token) {
    const auth = header(request, 'authorization') ?? '';
    const basic = `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
    // SonarQube answers 401 with an empty body.
    return auth === `Bearer ${token}` || auth === basic
      ? undefined
      : { status: 401, text: '' };
  },
  handle(request, data) {
    const projects = data?.projects ?? {};
    const find = (key: string) =>
      Object.prototype.hasOwnProperty.call(projects, key)
        ? projects[key]
        : undefined;
    if (request.method !== 'GET') return errors(405, 'Method not allowed');

    if (request.path === '/api/qualitygates/project_status') {
      const key = request.query.get('projectKey');
      if (!key) {
        return errors(
          400,
          "Either 'analysisId', 'projectId' or 'projectKey' must be provided",
        );
      }
      const project = find(key);
      if (!project) return errors(404, `Project '${key}' not found`);
      return {
        status: 200,
        json: {
          projectStatus: {
            status: project.qualityGate,
            ignoredConditions: false,
            caycStatus:
              project.qualityGate === 'OK' ? 'compliant' : 'non-compliant',
            conditions: project.conditions ?? [],
          },
        },
      };
    }

    if (request.path === '/api/measures/component') {
      const key = request.query.get('component');
      if (!key) return errors(400, "The 'component' parameter is missing");
      const project = find(key);
      if (!project) return errors(404, `Component key '${key}' not found`);
      const wanted = (request.query.get('metricKeys') ?? '')
        .split(',')
        .filter(Boolean);
      const measures = Object.entries(project.measures ?? {})
        .filter(([metric]) => wanted.includes(metric))
        .map(([metric, value]) => ({ metric, value }));
      return {
        status: 200,
        json: {
          component: { key, name: key, qualifier: 'TRK', measures },
        },
      };
    }

    return errors(404, `Unknown url : ${request.path}`);
  },
};
