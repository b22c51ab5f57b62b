// expect: none
// handleSpatCount passes request.signal to both the counter and the feed lookup and lets the AbortError through, and the tests check that the same signal arrives downstream.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface SpatCounter {
  count(tankId: string, options: { signal: AbortSignal }): Promise<{ perLitre: number; litres: number }>;
}

interface FeedPlanner {
  algaeFor(spat: number, options: { signal: AbortSignal }): Promise<{ litresPerDay: number; strain: string }>;
}

async function handleSpatCount(request: Request, counter: SpatCounter, feed: FeedPlanner): Promise<Response> {
  const tankId = new URL(request.url).searchParams.get('tank');
  if (!tankId) return new Response('missing ?tank=', { status: 400 });

  const { perLitre, litres } = await counter.count(tankId, { signal: request.signal });
  const spat = Math.round(perLitre * litres);
  const plan = await feed.algaeFor(spat, { signal: request.signal });

  return Response.json({ tankId, spat, feed: plan });
}

function abortable<T>(value: T, delayMs: number, seen: AbortSignal[]) {
  return (options: { signal: AbortSignal }) => {
    seen.push(options.signal);
    return new Promise<T>((resolve, reject) => {
      options.signal.throwIfAborted();
      const onAbort = () => {
        clearTimeout(timer);
        reject(options.signal.reason);
      };
      const timer = setTimeout(() => {
        options.signal.removeEventListener('abort', onAbort);
        resolve(value);
      }, delayMs);
      options.signal.addEventListener('abort', onAbort, { once: true });
    });
  };
}

describe('GET /spat-count', () => {
  let seen: AbortSignal[];
  let counter: SpatCounter;
  let feed: FeedPlanner;

  beforeEach(() => {
    seen = [];
    const count = abortable({ perLitre: 1_250, litres: 400 }, 10, seen);
    const algae = abortable({ litresPerDay: 180, strain: 'Tetraselmis' }, 10, seen);
    counter = { count: (_tankId, options) => count(options) };
    feed = { algaeFor: (_spat, options) => algae(options) };
  });

  it('counts spat and plans the algae feed', async () => {
    const res = await handleSpatCount(new Request('http://hatchery.local/spat-count?tank=nursery-3'), counter, feed);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      tankId: 'nursery-3',
      spat: 500_000,
      feed: { litresPerDay: 180, strain: 'Tetraselmis' },
    });
  });

  it('passes the request signal to every downstream call', async () => {
    const controller = new AbortController();
    const request = new Request('http://hatchery.local/spat-count?tank=nursery-1', { signal: controller.signal });
    await handleSpatCount(request, counter, feed);
    expect(seen.length).toBe(2);
    expect(seen.every((s) => s === request.signal)).toBe(true);
  });

  it('stops when the client disconnects mid-count', async () => {
    const controller = new AbortController();
    const request = new Request('http://hatchery.local/spat-count?tank=nursery-2', { signal: controller.signal });
    const pending = handleSpatCount(request, counter, feed);
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    expect(seen.length).toBe(1);
  });

  it('rejects a request without a tank', async () => {
    const res = await handleSpatCount(new Request('http://hatchery.local/spat-count'), counter, feed);
    expect(res.status).toBe(400);
  });
});
