// expect: none
// The forecast client merges the caller's signal with a timeout via AbortSignal.any and hands it to the transport, and the tests assert both abort paths reject.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void>; toMatchObject(obj: object): Promise<void> };
};

interface AuroraForecast {
  region: string;
  kpIndex: number;
  cloudCoverPct: number;
}

type Transport = (url: string, init: { signal: AbortSignal }) => Promise<AuroraForecast>;

function slowTransport(delayMs: number, forecast: Omit<AuroraForecast, 'region'>): Transport {
  return (url, { signal }) =>
    new Promise<AuroraForecast>((resolve, reject) => {
      signal.throwIfAborted();
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve({ region: new URL(url).searchParams.get('region') ?? '?', ...forecast });
      }, delayMs);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
}

class SledForecastClient {
  constructor(
    private readonly transport: Transport,
    private readonly timeoutMs = 2_000,
  ) {}

  async departureAdvice(region: string, { signal }: { signal: AbortSignal }): Promise<'go' | 'go-no-aurora' | 'hold'> {
    const combined = AbortSignal.any([signal, AbortSignal.timeout(this.timeoutMs)]);
    const forecast = await this.transport(`https://forecast.example/aurora?region=${encodeURIComponent(region)}`, {
      signal: combined,
    });
    if (forecast.cloudCoverPct > 85) return 'hold';
    return forecast.kpIndex >= 4 ? 'go' : 'go-no-aurora';
  }
}

describe('SledForecastClient', () => {
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
  });

  it('recommends going out on a strong, clear night', async () => {
    const client = new SledForecastClient(slowTransport(5, { kpIndex: 6, cloudCoverPct: 10 }));
    expect(await client.departureAdvice('tromso', { signal: controller.signal })).toBe('go');
  });

  it('holds the sleds under heavy cloud', async () => {
    const client = new SledForecastClient(slowTransport(5, { kpIndex: 7, cloudCoverPct: 95 }));
    expect(await client.departureAdvice('kiruna', { signal: controller.signal })).toBe('hold');
  });

  it('rejects with the caller abort reason when the booking page is closed', async () => {
    const client = new SledForecastClient(slowTransport(1_000, { kpIndex: 3, cloudCoverPct: 20 }));
    const pending = client.departureAdvice('inari', { signal: controller.signal });
    controller.abort(new DOMException('guest left', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('times out a forecast service that hangs', async () => {
    const client = new SledForecastClient(slowTransport(1_000, { kpIndex: 3, cloudCoverPct: 20 }), 20);
    await expect(client.departureAdvice('abisko', { signal: controller.signal })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });
});
