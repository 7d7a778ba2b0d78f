import {
  FormAnswers,
  FormStatus,
  FormVersion,
  FormVersionSummary,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** What a save records: a new version, numbered by the store. */
export interface SaveFormAnswersInput {
  entityRef: string;
  formId: string;
  status: FormStatus;
  answers: FormAnswers;
  author: string;
  savedAt: Date;
}

/** The versions of the answers to the journey's forms, per entity and form. */
export interface FormAnswerStore {
  /** Records a new version (never edits one) and returns it. */
  save(input: SaveFormAnswersInput): Promise<FormVersion>;
  /** The newest version, draft or submitted; `version` picks one. */
  get(
    entityRef: string,
    formId: string,
    version?: number,
  ): Promise<FormVersion | undefined>;
  /** Every version, newest first, without the answers. */
  listVersions(
    entityRef: string,
    formId: string,
  ): Promise<FormVersionSummary[]>;
  /** The newest submitted version of each form of the entity: what feeds its criteria. */
  latestSubmitted(entityRef: string): Promise<FormVersion[]>;
  /** The same for every entity at once (one query for a whole catalog pass). */
  allLatestSubmitted(): Promise<FormVersion[]>;
}
