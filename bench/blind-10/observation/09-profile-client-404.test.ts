// expect: no-floating-promises
// The 404 test starts a promise chain and neither returns nor awaits it, so the test passes before the request finishes; if getProfile resolves instead of rejecting with NotFoundError, the thrown error lands as a stray unhandled rejection after the test (and server) are gone instead of failing this test.
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<unknown>): void;
declare function beforeEach(fn: () => unknown): void;
declare function afterEach(fn: () => unknown): void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toBeInstanceOf(ctor: abstract new (...args: never[]) => unknown): void;
};

class NotFoundError extends Error {}

class ProfileClient {
  constructor(
    private readonly baseUrl: string,
    private readonly retries = 1,
  ) {}

  async getProfile(id: string): Promise<{ id: string; name: string }> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${this.baseUrl}/profiles/${encodeURIComponent(id)}`);
      if (res.status === 404) throw new NotFoundError(`profile ${id} not found`);
      if (res.status === 503 && attempt < this.retries) continue;
      if (!res.ok) throw new Error(`profile service answered ${res.status}`);
      return (await res.json()) as { id: string; name: string };
    }
  }
}

describe('ProfileClient', () => {
  let server: Server;
  let client: ProfileClient;
  let flakyHits = 0;

  beforeEach(async () => {
    flakyHits = 0;
    server = createServer((req, res) => {
      const id = decodeURIComponent(req.url?.split('/').pop() ?? '');
      if (id === 'flaky' && flakyHits++ === 0) {
        res.writeHead(503).end();
      } else if (id === 'u1' || id === 'flaky') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id, name: 'Ada' }));
      } else {
        res.writeHead(404).end();
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    client = new ProfileClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  it('returns the parsed profile', async () => {
    const profile = await client.getProfile('u1');
    expect(profile.name).toBe('Ada');
  });

  it('retries a 503 once before succeeding', () => {
    return client.getProfile('flaky').then((profile) => {
      expect(profile.id).toBe('flaky');
      expect(flakyHits).toBe(2);
    });
  });

  it('maps a 404 to NotFoundError', () => {
    client.getProfile('missing').then(
      () => {
        throw new Error('expected getProfile to reject');
      },
      (err: unknown) => expect(err).toBeInstanceOf(NotFoundError),
    );
  });
});
