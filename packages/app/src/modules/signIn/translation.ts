import { createTranslationRef } from '@backstage/frontend-plugin-api';

/** Texts of the portal's sign-in page (English reference, French below). */
export const signInTranslationRef = createTranslationRef({
  id: 'app-sign-in',
  messages: {
    subtitle: 'Sign in with your ministry account',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    unknownUserTitle: 'Your account is not known to the portal',
    unknownUserBody:
      'You signed in with your ministry account, but no user of the portal catalogue has its e-mail address. Ask the platform team to add you to your team in the catalogue, then sign in again.',
    otherAccount: 'Sign in with another account',
    failedTitle: 'Sign-in failed',
    failedBody: 'The sign-in did not complete: {{message}}',
    retry: 'Try again',
  },
  translations: {
    fr: () => import('./fr'),
  },
});
