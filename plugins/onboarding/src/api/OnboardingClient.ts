import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  JourneyView,
  Language,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { OnboardingApi } from './OnboardingApi';

/** Talks to the onboarding backend with the signed-in user's credentials. */
export class OnboardingClient implements OnboardingApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getJourney(language: Language): Promise<JourneyView> {
    return this.get<JourneyView>(
      `/journey?lang=${encodeURIComponent(language)}`,
    );
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('onboarding');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
