import {
  CriteriaDocument,
  EntityReport,
  joinCriteria,
  JoinedEntityReport,
  Language,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

/**
 * The criteria documents a client has read, one per language, kept while reports name
 * their version: reports are joined with them rather than each carrying the texts.
 * A report naming another version (the criteria changed on the server) reloads it.
 */
export class CriteriaDocuments {
  private readonly byLanguage = new Map<Language, Promise<CriteriaDocument>>();

  constructor(
    private readonly load: (language: Language) => Promise<CriteriaDocument>,
  ) {}

  /** The report with its criteria's titles, rationales, remediations and sources. */
  async join(report: EntityReport): Promise<JoinedEntityReport> {
    let document = await this.get(report.language);
    if (document.criteriaVersion !== report.criteriaVersion) {
      document = await this.get(report.language, { reload: true });
    }
    return joinCriteria(report, document);
  }

  /** The criteria document in this language, read once and then kept. */
  get(
    language: Language,
    options: { reload?: boolean } = {},
  ): Promise<CriteriaDocument> {
    const known = this.byLanguage.get(language);
    if (known && !options.reload) return known;
    const loading = this.load(language);
    this.byLanguage.set(language, loading);
    // A failed load is forgotten, so that a retry asks again.
    loading.catch(() => {
      if (this.byLanguage.get(language) === loading)
        this.byLanguage.delete(language);
    });
    return loading;
  }
}
