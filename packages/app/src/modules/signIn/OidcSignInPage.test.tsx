import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { IdentityApi } from '@backstage/frontend-plugin-api';
import { OidcSignInPage, USER_NOT_IN_CATALOG } from './OidcSignInPage';
import { oidcAuthApiRef } from './oidcAuthApi';

const identity = {
  type: 'user' as const,
  userEntityRef: 'user:default/camille.martin',
  ownershipEntityRefs: ['user:default/camille.martin', 'group:default/equipe'],
};

const signedIn = { token: 'backstage-token', identity };

/** The parts of the OAuth2 client the page uses; the rest is never called. */
function authApi(
  getBackstageIdentity: (options?: {
    optional?: boolean;
  }) => Promise<typeof signedIn | undefined>,
) {
  return {
    getBackstageIdentity: jest.fn(getBackstageIdentity),
    getProfile: jest.fn(async () => ({ displayName: 'Camille Martin' })),
  } as any;
}

function render(api: ReturnType<typeof authApi>) {
  const onSignInSuccess = jest.fn<void, [IdentityApi]>();
  renderInTestApp(<OidcSignInPage onSignInSuccess={onSignInSuccess} />, {
    apis: [[oidcAuthApiRef, api]],
    config: { app: { title: 'Portail' } },
  });
  return onSignInSuccess;
}

const unknownUser = () =>
  Object.assign(new Error('No user of the catalog has …'), {
    name: USER_NOT_IN_CATALOG,
  });

describe('OidcSignInPage', () => {
  it('signs in without a click when the provider session is still valid', async () => {
    const api = authApi(async () => signedIn);
    const onSignInSuccess = render(api);

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    const identityApi = onSignInSuccess.mock.calls[0][0];
    expect(await identityApi.getBackstageIdentity()).toEqual(identity);
    expect(api.getBackstageIdentity).toHaveBeenCalledWith({ optional: true });
  });

  it('signs in through the provider popup on a click', async () => {
    const api = authApi(async options =>
      options?.optional ? undefined : signedIn,
    );
    const onSignInSuccess = render(api);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Sign in' }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(api.getBackstageIdentity).toHaveBeenLastCalledWith({
      instantPopup: true,
    });
    expect(screen.getByText('Portail')).toBeInTheDocument();
  });

  it('tells a person the catalog does not know so, and lets them try another account', async () => {
    const api = authApi(async options => {
      if (options?.optional) return undefined;
      throw unknownUser();
    });
    const onSignInSuccess = render(api);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Sign in' }),
    );

    expect(
      await screen.findByText('Your account is not known to the portal'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/no user of the portal catalogue has its e-mail/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sign in with another account' }),
    ).toBeEnabled();
    expect(onSignInSuccess).not.toHaveBeenCalled();
  });

  it('shows any other failure with its message, not as an unknown user', async () => {
    const api = authApi(async options => {
      if (options?.optional) return undefined;
      throw new Error('Login failed, popup was closed');
    });
    render(api);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Sign in' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The sign-in did not complete: Login failed, popup was closed',
    );
    expect(
      screen.queryByText('Your account is not known to the portal'),
    ).not.toBeInTheDocument();
  });
});
