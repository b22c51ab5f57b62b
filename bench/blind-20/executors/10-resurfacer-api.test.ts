// expect: none
// listen() rejects on a bind error and detaches that handler once listening, and close() passes its error straight to reject, so each helper settles exactly once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeAll: (fn: () => Promise<void> | void) => void;
declare const afterAll: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

declare function createRinkApp(opts: { rinks: string[] }): http.RequestListener;

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((err) => (err ? reject(err) : resolve()));
  });
}

describe('resurfacing schedule API', () => {
  const server = http.createServer(createRinkApp({ rinks: ['main', 'practice'] }));
  let base = '';

  beforeAll(async () => {
    base = await listen(server);
  });

  afterAll(async () => {
    await close(server);
  });

  it('schedules a flood after a session ends', async () => {
    const res = await fetch(`${base}/rinks/main/floods`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ after: '2024-01-13T19:30:00Z', driver: 'kowalski', waterTempC: 60 }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; startsAt: string };
    expect(body.startsAt).toBe('2024-01-13T19:35:00.000Z');
  });

  it('rejects a flood with cold water', async () => {
    const res = await fetch(`${base}/rinks/main/floods`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ after: '2024-01-13T21:00:00Z', driver: 'kowalski', waterTempC: 12 }),
    });
    expect(res.status).toBe(422);
  });

  it('lists floods per rink in order', async () => {
    const res = await fetch(`${base}/rinks/main/floods`);
    const floods = (await res.json()) as { startsAt: string }[];
    expect(floods.length).toBeGreaterThan(0);
    const times = floods.map((f) => Date.parse(f.startsAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('returns 404 for an unknown rink', async () => {
    const res = await fetch(`${base}/rinks/curling/floods`);
    expect(res.status).toBe(404);
  });
});
