// expect: none
// The catalog forwards the caller's signal to every fetch and lets the AbortError propagate, and the fake fetch clears its timer and listener whichever way it settles.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface ClockPart {
  partNo: string;
  description: string;
  priceCents: number;
  inStock: number;
}

class PartsCatalog {
  constructor(
    private readonly fetchImpl: typeof fetch,
    private readonly baseUrl: string,
  ) {}

  async lookup(partNo: string, options: { signal?: AbortSignal } = {}): Promise<ClockPart | null> {
    const res = await this.fetchImpl(`${this.baseUrl}/parts/${encodeURIComponent(partNo)}`, {
      signal: options.signal,
    });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`parts catalog returned ${res.status}`);
    return (await res.json()) as ClockPart;
  }

  async lookupMany(partNos: string[], signal?: AbortSignal): Promise<Map<string, ClockPart | null>> {
    const parts = await Promise.all(partNos.map((p) => this.lookup(p, { signal })));
    return new Map(partNos.map((p, i) => [p, parts[i] ?? null]));
  }
}

function slowFetch(body: unknown, delayMs: number) {
  return vi.fn(
    (_input: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init?.signal ?? undefined;
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve(Response.json(body));
        }, delayMs);
        if (signal?.aborted) {
          onAbort();
          return;
        }
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
  );
}

describe('PartsCatalog', () => {
  const mainspring: ClockPart = { partNo: 'MS-1040', description: 'Mainspring 14 day', priceCents: 3_850, inStock: 4 };
  let fetchMock: ReturnType<typeof slowFetch>;
  let catalog: PartsCatalog;

  beforeEach(() => {
    vi.useFakeTimers();
    fetchMock = slowFetch(mainspring, 200);
    catalog = new PartsCatalog(fetchMock as unknown as typeof fetch, 'https://parts.example');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the part once the catalog answers', async () => {
    const [part] = await Promise.all([catalog.lookup('MS-1040'), vi.advanceTimersByTimeAsync(200)]);
    expect(part).toEqual(mainspring);
  });

  it('passes the signal through to fetch', async () => {
    const controller = new AbortController();
    const [parts] = await Promise.all([
      catalog.lookupMany(['MS-1040', 'CR-22'], controller.signal),
      vi.advanceTimersByTimeAsync(200),
    ]);
    expect(parts.size).toBe(2);
    for (const call of fetchMock.mock.calls) {
      expect(call[1]?.signal).toBe(controller.signal);
    }
  });

  it('rejects with AbortError when the repair desk cancels the lookup', async () => {
    const controller = new AbortController();
    const pending = catalog.lookup('MS-1040', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
