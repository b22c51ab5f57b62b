// expect: no-uncalled-async-function
// afterAll puts the `redis.quit` function itself into Promise.all instead of calling it, so the Redis connection is never closed and the test process hangs on the open socket after the suite finishes.
import { randomUUID } from 'node:crypto';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeAll(fn: () => Promise<unknown> | void): void;
declare function beforeEach(fn: () => Promise<unknown> | void): void;
declare function afterAll(fn: () => Promise<unknown> | void): void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface RedisClient {
  connect(): Promise<void>;
  quit(): Promise<'OK'>;
  flushDb(): Promise<'OK'>;
}
interface InjectResponse {
  statusCode: number;
  headers: Record<string, string | undefined>;
}
interface TestApp {
  inject(req: { method: 'GET' | 'POST'; url: string; headers?: Record<string, string> }): Promise<InjectResponse>;
  close(): Promise<void>;
}
interface RateLimiter {
  hit(key: string): Promise<{ allowed: boolean; remaining: number; resetMs: number }>;
}

declare function createClient(opts: { url: string }): RedisClient;
declare function createRateLimiter(redis: RedisClient, opts: { windowMs: number; max: number; prefix: string }): RateLimiter;
declare function buildApp(deps: { limiter: RateLimiter }): TestApp;

describe('API rate limiting', () => {
  const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/15' });
  let app: TestApp;

  beforeAll(async () => {
    await redis.connect();
    app = buildApp({ limiter: createRateLimiter(redis, { windowMs: 60_000, max: 3, prefix: `test:${randomUUID()}` }) });
  });

  beforeEach(() => redis.flushDb());

  afterAll(() => Promise.all([app.close(), redis.quit]));

  it('allows requests up to the limit and reports remaining quota', async () => {
    const key = { 'x-api-key': 'key-allow' };
    const first = await app.inject({ method: 'GET', url: '/v1/orders', headers: key });
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-ratelimit-remaining']).toBe('2');
  });

  it('rejects the fourth request within the window with 429 and Retry-After', async () => {
    const key = { 'x-api-key': 'key-burst' };
    for (let i = 0; i < 3; i++) {
      const res = await app.inject({ method: 'GET', url: '/v1/orders', headers: key });
      expect(res.statusCode).toBe(200);
    }
    const blocked = await app.inject({ method: 'GET', url: '/v1/orders', headers: key });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('tracks keys independently', async () => {
    await app.inject({ method: 'POST', url: '/v1/orders', headers: { 'x-api-key': 'key-a' } });
    const other = await app.inject({ method: 'POST', url: '/v1/orders', headers: { 'x-api-key': 'key-b' } });
    expect(other.headers['x-ratelimit-remaining']).toBe('2');
  });
});
