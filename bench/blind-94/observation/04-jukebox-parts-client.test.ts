// expect: none
// Each stored promise gets its expect(...).rejects/resolves handler before the fake timers are advanced, so every rejection already has a handler when it happens.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Part { sku: string; name: string; priceCents: number }

class PartsClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch,
    private readonly timeoutMs = 3_000,
  ) {}

  async fetchPart(sku: string): Promise<Part> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`part ${sku} timed out`)), this.timeoutMs);
    try {
      const res = await this.fetchImpl(`${this.baseUrl}/parts/${encodeURIComponent(sku)}`, {
        signal: controller.signal,
      });
      if (!res.ok) throw new Error(`parts service returned ${res.status}`);
      return (await res.json()) as Part;
    } finally {
      clearTimeout(timer);
    }
  }
}

function hangingFetch(): typeof fetch {
  return vi.fn((_url: unknown, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
    }),
  ) as unknown as typeof fetch;
}

describe('jukebox parts client', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns a tone arm cartridge', async () => {
    const fetchImpl = vi.fn(async () => Response.json({ sku: 'W-1015-TA', name: 'tone arm', priceCents: 4900 }));
    const client = new PartsClient('https://parts.example', fetchImpl as unknown as typeof fetch);
    await expect(client.fetchPart('W-1015-TA')).resolves.toMatchObject({ name: 'tone arm' });
    expect(fetchImpl).toHaveBeenCalledOnce();
  });

  it('times out a slow lookup', async () => {
    const client = new PartsClient('https://parts.example', hangingFetch());
    const pending = client.fetchPart('SEEBURG-SELECTOR');
    const assertion = expect(pending).rejects.toThrow(/timed out/);
    await vi.advanceTimersByTimeAsync(3_000);
    await assertion;
  });

  it('surfaces server errors for two parallel lookups', async () => {
    const fetchImpl = vi.fn(async () => new Response('nope', { status: 503 }));
    const client = new PartsClient('https://parts.example', fetchImpl as unknown as typeof fetch);
    const first = client.fetchPart('AMI-MAG');
    const second = client.fetchPart('ROCKOLA-COIN');
    await Promise.all([
      expect(first).rejects.toThrow('503'),
      expect(second).rejects.toThrow('503'),
    ]);
  });

  it('does not time out when the service answers in time', async () => {
    const fetchImpl = vi.fn(
      (_url: unknown) =>
        new Promise<Response>((resolve) =>
          setTimeout(() => resolve(Response.json({ sku: 'X', name: 'bubble tube', priceCents: 1200 })), 1_000),
        ),
    );
    const client = new PartsClient('https://parts.example', fetchImpl as unknown as typeof fetch, 3_000);
    const pending = client.fetchPart('X');
    const assertion = expect(pending).resolves.toHaveProperty('name', 'bubble tube');
    await vi.advanceTimersByTimeAsync(1_000);
    await assertion;
  });
});
