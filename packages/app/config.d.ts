export interface Config {
  app?: {
    signIn?: {
      /**
       * The sign-in page's provider: `oidc` (auth.providers.oidc, production) or `guest`
       * (the default; local development only).
       * @visibility frontend
       */
      provider?: 'guest' | 'oidc';
    };
  };
}
