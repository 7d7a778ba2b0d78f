import { render, screen } from '@testing-library/react';
import App from './App';

// Its own file: the app reads APP_CONFIG once, at its first createRoot.
describe('App with OpenID Connect sign-in', () => {
  it('offers the OpenID Connect sign-in page, not guest, when app.signIn.provider is oidc', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Portail de test', signIn: { provider: 'oidc' } },
            backend: { baseUrl: 'http://localhost:7007' },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    expect(
      await screen.findByRole(
        'button',
        { name: 'Sign in' },
        { timeout: 10_000 },
      ),
    ).toBeEnabled();
    expect(
      screen.getByText('Sign in with your ministry account'),
    ).toBeInTheDocument();
    expect(screen.getByText('Portail de test')).toBeInTheDocument();
    expect(screen.queryByText(/Enter as a Guest User/)).not.toBeInTheDocument();
  });
});
