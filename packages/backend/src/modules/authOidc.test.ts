import {
  catalogUserByEmail,
  USER_NOT_IN_CATALOG,
  UserNotInCatalogError,
} from './authOidc';

/** The catalog's users by e-mail, as auth-backend's signInWithCatalogUser finds them. */
const users: Record<string, string> = {
  'camille.martin@example.gouv.fr': 'user:default/camille.martin',
};

/** The part of the resolver context the resolver uses, over the users above. */
const ctx = {
  signInWithCatalogUser: jest.fn(
    async (query: { filter: Record<string, string> }) => {
      const ref = users[query.filter['spec.profile.email']];
      if (!ref) {
        throw Object.assign(new Error('User not found'), {
          name: 'NotFoundError',
        });
      }
      return { token: `token-of-${ref}` };
    },
  ),
} as any;

const info = (email?: string) => ({ profile: { email }, result: {} } as any);

describe('catalogUserByEmail', () => {
  it('signs in as the catalog user with the provider e-mail', async () => {
    await expect(
      catalogUserByEmail(info('camille.martin@example.gouv.fr'), ctx),
    ).resolves.toEqual({ token: 'token-of-user:default/camille.martin' });
    expect(ctx.signInWithCatalogUser).toHaveBeenLastCalledWith({
      filter: { 'spec.profile.email': 'camille.martin@example.gouv.fr' },
    });
  });

  it('refuses a person the catalog does not know with the error the sign-in page recognises', async () => {
    const refusal = catalogUserByEmail(info('inconnu@example.gouv.fr'), ctx);
    await expect(refusal).rejects.toBeInstanceOf(UserNotInCatalogError);
    await expect(refusal).rejects.toMatchObject({
      name: USER_NOT_IN_CATALOG,
      message: expect.stringContaining('inconnu@example.gouv.fr'),
    });
  });

  it('says so when the provider gives no (verified) e-mail', async () => {
    await expect(catalogUserByEmail(info(undefined), ctx)).rejects.toThrow(
      /no verified e-mail address/,
    );
  });

  it('passes other catalog failures on unchanged', async () => {
    const failing = {
      signInWithCatalogUser: async () => {
        throw new Error('catalog unavailable');
      },
    } as any;
    await expect(
      catalogUserByEmail(info('camille.martin@example.gouv.fr'), failing),
    ).rejects.toThrow('catalog unavailable');
  });
});
