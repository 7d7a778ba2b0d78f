import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  FormStatus,
  FormVersion,
  FormVersionSummary,
  Language,
  OnboardingForm,
  formById,
  formToMarkdown,
  validateFormAnswers,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { FormAnswerStore } from './FormAnswerStore';
import { readVisibleEntity } from '../service/catalogVisibility';

/**
 * The form routes: answers read and saved for an entity the caller may see in the catalog,
 * each save a new version; a submission re-evaluates the entity at once so that its
 * gates read the new evidence.
 */
export class FormAnswers {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      store: FormAnswerStore;
      /** Called after a submission is stored: forgets cached facts, re-evaluates the entity. */
      reevaluate: (entity: Entity) => Promise<void>;
      now?: () => Date;
    },
  ) {}

  private formOf(formId: string): OnboardingForm {
    const form = formById(formId);
    if (!form) {
      throw new InputError(
        `Unknown form '${formId}': prequalification or project-plan`,
      );
    }
    return form;
  }

  private readEntity(entityRef: string, credentials: BackstageCredentials) {
    return readVisibleEntity(this.deps.catalog, entityRef, credentials);
  }

  /** The newest version (or the one asked for); null when nobody answered yet. */
  async get(
    entityRef: string,
    formId: string,
    credentials: BackstageCredentials,
    version?: number,
  ): Promise<FormVersion | null> {
    this.formOf(formId);
    await this.readEntity(entityRef, credentials);
    const found = await this.deps.store.get(entityRef, formId, version);
    if (!found && version !== undefined) {
      throw new NotFoundError(
        `No version ${version} of the ${formId} form of ${entityRef}`,
      );
    }
    return found ?? null;
  }

  async listVersions(
    entityRef: string,
    formId: string,
    credentials: BackstageCredentials,
  ): Promise<FormVersionSummary[]> {
    this.formOf(formId);
    await this.readEntity(entityRef, credentials);
    return this.deps.store.listVersions(entityRef, formId);
  }

  /** A version as Markdown; NotFoundError when nobody answered yet. */
  async markdown(
    entityRef: string,
    formId: string,
    credentials: BackstageCredentials,
    language: Language,
    version?: number,
  ): Promise<string> {
    const found = await this.get(entityRef, formId, credentials, version);
    if (!found) {
      throw new NotFoundError(
        `Nobody answered the ${formId} form of ${entityRef} yet`,
      );
    }
    return formToMarkdown(found, language);
  }

  /**
   * Saves a new version. The caller's permission is checked by the router; the answers
   * are checked here, and nothing is stored when any is wrong.
   */
  async save(
    entityRef: string,
    formId: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    body: { status: FormStatus; answers: unknown },
  ): Promise<FormVersion> {
    const form = this.formOf(formId);
    const { answers, problems } = validateFormAnswers(form, body.answers);
    if (problems.length > 0) {
      throw new InputError(`Invalid answers: ${problems.join('; ')}`);
    }
    const entity = await this.readEntity(entityRef, credentials);
    const saved = await this.deps.store.save({
      entityRef,
      formId,
      status: body.status,
      answers,
      author: credentials.principal.userEntityRef,
      savedAt: this.deps.now?.() ?? new Date(),
    });
    if (saved.status === 'submitted') await this.deps.reevaluate(entity);
    return saved;
  }
}
