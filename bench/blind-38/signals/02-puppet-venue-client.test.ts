// expect: none
// VenueClient forwards the caller's signal through the RequestInit that buildInit assembles, and the tests check the abort reaches fetch.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(v: unknown): void;
  toEqual(v: unknown): void;
  rejects: { toThrow(v?: string | RegExp): Promise<void> };
};

interface TechSpec {
  venueId: string;
  prosceniumWidthM: number;
  gridHeightM: number;
  blackoutPossible: boolean;
}

interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

function buildInit(apiKey: string, options: CallOptions): RequestInit {
  const signals = [options.signal, options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined].filter(
    (s): s is AbortSignal => s !== undefined,
  );
  return {
    method: 'GET',
    headers: { 'x-api-key': apiKey, accept: 'application/json' },
    signal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
  };
}

class VenueClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly fetchImpl: FetchLike,
  ) {}

  async techSpec(venueId: string, options: CallOptions = {}): Promise<TechSpec> {
    const init = buildInit(this.apiKey, options);
    const res = await this.fetchImpl(`${this.baseUrl}/venues/${venueId}/tech-spec`, init);
    if (!res.ok) throw new Error(`tech spec for ${venueId}: HTTP ${res.status}`);
    return (await res.json()) as TechSpec;
  }
}

function fakeFetch(spec: TechSpec, seen: RequestInit[]): FetchLike {
  return (_url, init) => {
    seen.push(init);
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(new Response(JSON.stringify(spec), { status: 200 })), 20);
      init.signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(init.signal?.reason);
        },
        { once: true },
      );
    });
  };
}

const spec: TechSpec = { venueId: 'v-ludlow', prosceniumWidthM: 7.2, gridHeightM: 5.5, blackoutPossible: true };

describe('puppet tour venue client', () => {
  let seen: RequestInit[];
  let client: VenueClient;

  beforeEach(() => {
    seen = [];
    client = new VenueClient('https://venues.example', 'k-123', fakeFetch(spec, seen));
  });

  it('returns the tech spec for a venue', async () => {
    expect(await client.techSpec('v-ludlow')).toEqual(spec);
    expect(seen[0].signal).toBe(undefined);
  });

  it('hands the caller signal to fetch', async () => {
    const controller = new AbortController();
    await client.techSpec('v-ludlow', { signal: controller.signal });
    expect(seen[0].signal?.aborted).toBe(false);
  });

  it('stops the request when the tour manager cancels', async () => {
    const controller = new AbortController();
    const pending = expect(client.techSpec('v-ludlow', { signal: controller.signal })).rejects.toThrow('tour rerouted');
    controller.abort(new Error('tour rerouted'));
    await pending;
  });

  it('times out slow venues', async () => {
    await expect(client.techSpec('v-ludlow', { timeoutMs: 5 })).rejects.toThrow(/timed? ?out/i);
  });
});
