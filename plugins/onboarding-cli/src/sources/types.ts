import {
  CriteriaDocument,
  EvaluatedDocument,
  Language,
  SubmittedDocument,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/** A file's documents as evaluated, with the criteria document to read the reports with. */
export interface FileEvaluation {
  /** The file's documents, as read here: where each part of them is. */
  documents: SubmittedDocument[];
  /** One item per document, as `POST /evaluate` answers them. */
  items: EvaluatedDocument[];
  criteria: CriteriaDocument;
}

/** Where the criteria come from: the defaults, here, or a portal. */
export interface CriteriaSource {
  /** Says where the criteria come from, for people. */
  describe(language: Language): string;
  evaluate(
    text: string,
    documents: SubmittedDocument[],
    language: Language,
  ): Promise<FileEvaluation>;
}

/** The check could not be made: bad arguments, an unreadable file, a portal that refuses. Exit code 2. */
export class CheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckError';
  }
}
