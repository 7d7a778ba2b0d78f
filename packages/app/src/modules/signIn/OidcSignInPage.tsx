import { useCallback, useEffect, useState } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Page,
  Progress,
  UserIdentity,
} from '@backstage/core-components';
import { BackstageUserIdentity } from '@backstage/core-plugin-api';
import {
  configApiRef,
  useApi,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { oidcAuthApiRef } from './oidcAuthApi';
import { signInTranslationRef } from './translation';

/**
 * The name of the backend's refusal of a person the catalog does not know
 * (packages/backend/src/modules/authOidc.ts); any other error is a failed sign-in.
 */
export const USER_NOT_IN_CATALOG = 'UserNotInCatalogError';

type State =
  | { status: 'checking' | 'ready' | 'signing-in' | 'unknown-user' }
  | { status: 'failed'; message: string };

/**
 * Sign-in through the backend's OpenID Connect provider (a popup to the provider's
 * login form). An earlier session (the refresh cookie) signs in without a click; a
 * person the catalog does not know gets a page saying so and whom to ask.
 */
export function OidcSignInPage({ onSignInSuccess }: SignInPageProps) {
  const authApi = useApi(oidcAuthApiRef);
  // The title of the guest sign-in page too (core-components' SignInPage).
  const title = useApi(configApiRef).getString('app.title');
  const { t } = useTranslationRef(signInTranslationRef);
  const [state, setState] = useState<State>({ status: 'checking' });

  const finish = useCallback(
    async (identity: BackstageUserIdentity | undefined) => {
      if (!identity) return false;
      onSignInSuccess(
        UserIdentity.create({
          identity,
          authApi,
          profile: await authApi.getProfile(),
        }),
      );
      return true;
    },
    [authApi, onSignInSuccess],
  );

  useEffect(() => {
    let cancelled = false;
    authApi
      .getBackstageIdentity({ optional: true })
      .then(response => (cancelled ? true : finish(response?.identity)))
      .catch(() => false)
      .then(signedIn => {
        if (!cancelled && !signedIn) setState({ status: 'ready' });
      });
    return () => {
      cancelled = true;
    };
  }, [authApi, finish]);

  const signIn = async () => {
    setState({ status: 'signing-in' });
    try {
      const response = await authApi.getBackstageIdentity({
        instantPopup: true,
      });
      if (!(await finish(response?.identity))) setState({ status: 'ready' });
    } catch (error) {
      const e = error as Error;
      setState(
        e?.name === USER_NOT_IN_CATALOG
          ? { status: 'unknown-user' }
          : { status: 'failed', message: e?.message ?? String(error) },
      );
    }
  };

  let card;
  if (state.status === 'checking') {
    card = <Progress />;
  } else if (state.status === 'unknown-user') {
    card = (
      <InfoCard title={t('unknownUserTitle')}>
        <Typography paragraph>{t('unknownUserBody')}</Typography>
        <Button variant="outlined" color="primary" onClick={signIn}>
          {t('otherAccount')}
        </Button>
      </InfoCard>
    );
  } else if (state.status === 'failed') {
    card = (
      <InfoCard title={t('failedTitle')}>
        <Typography paragraph role="alert">
          {t('failedBody', { message: state.message })}
        </Typography>
        <Button variant="outlined" color="primary" onClick={signIn}>
          {t('retry')}
        </Button>
      </InfoCard>
    );
  } else {
    card = (
      <InfoCard title={t('subtitle')}>
        <Button
          variant="contained"
          color="primary"
          onClick={signIn}
          disabled={state.status === 'signing-in'}
        >
          {state.status === 'signing-in' ? t('signingIn') : t('signIn')}
        </Button>
      </InfoCard>
    );
  }

  return (
    <Page themeId="home">
      <Header title={title} />
      <Content>
        <main>{card}</main>
      </Content>
    </Page>
  );
}
