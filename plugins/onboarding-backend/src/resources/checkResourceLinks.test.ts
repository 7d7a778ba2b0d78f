import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESOURCES } from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { checkLinks, runResourceLinkCheck } from './checkResourceLinks';

/** A local site: /ok answers 200, /moved redirects to /ok, /loop to itself, /gone 404, /slow never answers. */
function startSite(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    switch (req.url) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      case '/moved':
        res.writeHead(301, { location: '/ok' }).end();
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        return;
      case '/gone':
        res.writeHead(404).end('gone');
        return;
      default:
        // /slow: never answers; the check's timeout ends it.
        return;
    }
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      }),
    ),
  );
}

/** A port nothing listens on: a server opened, then closed. */
async function closedPort(): Promise<number> {
  const { server } = await startSite();
  const { port } = server.address() as AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

describe('resource link check', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    ({ server, base } = await startSite());
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
  });

  it('tells alive, redirected, missing, slow, refused and looping links apart', async () => {
    const refused = await closedPort();
    const results = await checkLinks(
      [
        { id: 'ok', url: `${base}/ok` },
        { id: 'moved', url: `${base}/moved` },
        { id: 'gone', url: `${base}/gone` },
        { id: 'slow', url: `${base}/slow` },
        { id: 'refused', url: `http://127.0.0.1:${refused}/` },
        { id: 'loop', url: `${base}/loop` },
      ],
      { timeoutMs: 300, maxRedirects: 3, concurrency: 2 },
    );
    expect(results).toEqual([
      { id: 'ok', url: `${base}/ok`, ok: true, status: 200, redirects: 0 },
      {
        id: 'moved',
        url: `${base}/moved`,
        ok: true,
        status: 200,
        redirects: 1,
        finalUrl: `${base}/ok`,
      },
      { id: 'gone', url: `${base}/gone`, ok: false, status: 404, redirects: 0 },
      {
        id: 'slow',
        url: `${base}/slow`,
        ok: false,
        redirects: 0,
        error: 'timeout after 300 ms',
      },
      {
        id: 'refused',
        url: `http://127.0.0.1:${refused}/`,
        ok: false,
        redirects: 0,
        error: expect.stringMatching(/^ECONNREFUSED/),
      },
      {
        id: 'loop',
        url: `${base}/loop`,
        ok: false,
        status: 302,
        redirects: 3,
        finalUrl: `${base}/loop`,
        error: 'more than 3 redirects',
      },
    ]);
  });

  it('checks the configured resources only, prints the dead ones and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'links-'));
    const config = join(dir, 'app-config.yaml');
    // Every default resource is disabled but one, moved to the local site; two are added.
    const [kept, ...others] = RESOURCES;
    const entries = [
      { id: kept.id, url: `${base}/moved` },
      ...others.map(r => ({ id: r.id, disabled: true })),
      {
        id: 'wiki',
        step: 1,
        perimeter: 'all',
        kind: 'doc',
        title: 'Wiki',
        url: `${base}/gone`,
      },
      {
        id: 'rie',
        step: 1,
        perimeter: 'all',
        kind: 'doc',
        title: 'RIE',
        url: `${base}/gone`,
        intranetOnly: true,
      },
    ];
    await writeFile(
      config,
      `onboarding:\n  resources: ${JSON.stringify(entries)}\n`,
    );
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
    };
    expect(
      await runResourceLinkCheck(['--config', config, '--timeout', '2000'], io),
    ).toBe(1);
    expect(out).toEqual([
      `DEAD wiki ${base}/gone — HTTP 404`,
      '2 links checked, 1 dead, 1 redirected, 1 intranet-only skipped',
    ]);
    expect(err).toEqual([]);

    // Without the dead one, all is well.
    await writeFile(
      config,
      `onboarding:\n  resources: ${JSON.stringify(
        entries.filter(e => e.id !== 'wiki'),
      )}\n`,
    );
    out.length = 0;
    expect(await runResourceLinkCheck(['--config', config], io)).toBe(0);
    expect(out).toEqual([
      '1 links checked, 0 dead, 1 redirected, 1 intranet-only skipped',
    ]);
  });

  it('refuses a bad option or a bad configuration with exit code 2', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (l: string) => err.push(l) };
    expect(await runResourceLinkCheck(['--timeout', '0'], io)).toBe(2);
    expect(err[0]).toMatch(/--timeout expects a whole number above 0/);
    const dir = await mkdtemp(join(tmpdir(), 'links-'));
    const config = join(dir, 'bad.yaml');
    await writeFile(
      config,
      'onboarding:\n  resources:\n    - id: x\n      step: 9\n',
    );
    expect(await runResourceLinkCheck(['--config', config], io)).toBe(2);
    expect(err[1]).toMatch(/onboarding\.resources\[0\]\.step: unknown step 9/);
  });
});
