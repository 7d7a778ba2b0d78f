/** How a fact source stands, as `GET /sources` tells administrators. */
export interface SourceHealth {
  state: 'healthy' | 'failing' | 'breaker-open' | 'not-gathered-yet';
  /** Entities it has facts (or a failure) for. */
  entities: number;
  /** Of which its last gathering failed. */
  failing: number;
  lastGatheredAt?: string;
  failingSince?: string;
  lastError?: string;
  breakerOpenSince?: string;
}

/** A configured fact source. */
export interface SourceItem {
  id: string;
  title: string;
  /** Answers from the platform simulator, not the real tool. */
  simulated: boolean;
  provides: Array<{ name: string; type: string; description: string }>;
  /** Measured criteria in force that read it. */
  criteria: string[];
  health: SourceHealth;
}

/** What `GET /sources` answers. */
export interface SourcesResponse {
  items: SourceItem[];
  /** Sources some measured criteria need, that no module configures here. */
  notConfigured: Array<{ id: string; criteria: string[] }>;
  /** Gates that could be measured but rest on declarations here. */
  gatesOnDeclarations: number[];
}
