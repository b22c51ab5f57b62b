// expect: none
// The hooks receive the async functions themselves (flushTestKeys, disconnect) and the runner calls each one and awaits its promise, so keys are flushed before every test and the Redis client is closed once at the end.
import { randomUUID } from 'node:crypto';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterAll(fn: () => Promise<void> | void): void;
declare function expect(value: unknown): {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toEqual(expected: unknown): void;
};

interface Redis {
  keys(pattern: string): Promise<string[]>;
  del(...keys: string[]): Promise<number>;
  quit(): Promise<'OK'>;
}
declare function connectRedis(url: string): Redis;

declare class SlidingWindowLimiter {
  constructor(redis: Redis, opts: { prefix: string; limit: number; windowMs: number });
  hit(key: string, now?: number): Promise<{ allowed: boolean; remaining: number; retryAfterMs: number }>;
}

const redis = connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/15');
const prefix = `test:rl:${randomUUID()}`;

async function flushTestKeys(): Promise<void> {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
}

async function disconnect(): Promise<void> {
  await flushTestKeys();
  await redis.quit();
}

describe('SlidingWindowLimiter', () => {
  beforeEach(flushTestKeys);
  afterAll(disconnect);

  const limiter = () => new SlidingWindowLimiter(redis, { prefix, limit: 3, windowMs: 1_000 });

  it('allows up to the limit inside one window', async () => {
    const rl = limiter();
    const t0 = 1_700_000_000_000;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await rl.hit('user:42', t0 + i * 10));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3].retryAfterMs).toBeGreaterThan(900);
  });

  it('frees capacity once old hits slide out of the window', async () => {
    const rl = limiter();
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 3; i++) await rl.hit('user:7', t0 + i);
    const later = await rl.hit('user:7', t0 + 1_050);
    expect(later.allowed).toBe(true);
    expect(later.remaining).toBe(0);
  });

  it('keeps separate budgets per key', async () => {
    const rl = limiter();
    for (let i = 0; i < 3; i++) await rl.hit('user:1', 1_000 + i);
    expect((await rl.hit('user:2', 1_005)).allowed).toBe(true);
  });
});
