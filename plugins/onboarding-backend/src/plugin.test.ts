import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import onboardingPlugin from '.';

describe('onboarding backend: GET /journey', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        onboardingPlugin,
        // Requests without a token are anonymous here, as in a real backend.
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    }));
  });

  afterAll(async () => {
    await server.close();
  });

  const userToken = () => `Bearer ${mockCredentials.user.token()}`;

  it('serves the journey in French by default', async () => {
    const res = await request(server)
      .get('/api/onboarding/journey')
      .set('Authorization', userToken());
    expect(res.status).toBe(200);
    expect(res.body.language).toBe('fr');
    expect(res.body.steps).toHaveLength(5);
    expect(res.body.steps[0].title).toMatch(/besoin/);
    expect(res.body.perimeters.map((p: { id: string }) => p.id)).toEqual([
      'technical',
      'project-management',
      'governance',
    ]);
    expect(res.body.resources.length).toBeGreaterThan(50);
  });

  it('serves the journey in English on ?lang=en', async () => {
    const res = await request(server)
      .get('/api/onboarding/journey?lang=en')
      .set('Authorization', userToken());
    expect(res.status).toBe(200);
    expect(res.body.language).toBe('en');
    expect(res.body.steps[4].gate).toBeNull();
    expect(res.body.steps[4].gapNote).toMatch(/step 5/);
  });

  it('rejects an unknown language with a reason', async () => {
    const res = await request(server)
      .get('/api/onboarding/journey?lang=de')
      .set('Authorization', userToken());
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Unsupported lang "de".*fr, en/);
  });

  it('rejects a repeated lang parameter', async () => {
    const res = await request(server)
      .get('/api/onboarding/journey?lang=fr&lang=en')
      .set('Authorization', userToken());
    expect(res.status).toBe(400);
  });

  it('answers 401 without credentials', async () => {
    const res = await request(server).get('/api/onboarding/journey');
    expect(res.status).toBe(401);
  });
});
