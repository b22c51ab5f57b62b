// expect: none
// Async functions are passed only as callbacks (hooks, mock implementations, map); the one forecast promise awaited twice is meant to yield the same value.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): ((...args: A) => R) & {
    mock: { calls: A[] };
    mockImplementation(impl: (...args: A) => R): void;
  };
};

interface SiteForecast {
  site: string;
  surfaceWindKnots: number;
  windAt1000ftKnots: number;
  thermalsExpected: boolean;
  sunriseIso: string;
}

type ForecastFn = (site: string) => Promise<SiteForecast>;

function isLaunchable(f: SiteForecast): boolean {
  return f.surfaceWindKnots <= 8 && f.windAt1000ftKnots <= 15 && !f.thermalsExpected;
}

async function launchableSites(sites: string[], forecast: ForecastFn): Promise<string[]> {
  const forecasts = await Promise.all(sites.map(forecast));
  return forecasts.filter(isLaunchable).map((f) => f.site);
}

function calmMorning(site: string): SiteForecast {
  return { site, surfaceWindKnots: 4, windAt1000ftKnots: 9, thermalsExpected: false, sunriseIso: '2024-06-01T04:52:00Z' };
}

describe('launch window selection', () => {
  let forecast: ReturnType<typeof vi.fn<[string], Promise<SiteForecast>>>;

  beforeEach(async () => {
    forecast = vi.fn(async (site: string) => calmMorning(site));
  });

  it('keeps every site on a calm morning', async () => {
    await expect(launchableSites(['Longmeadow', 'Hatch Farm'], forecast)).resolves.toEqual(['Longmeadow', 'Hatch Farm']);
    expect(forecast).toHaveBeenCalledTimes(2);
  });

  it('drops a site with gusty surface wind', async () => {
    forecast.mockImplementation(async (site: string) =>
      site === 'Hatch Farm' ? { ...calmMorning(site), surfaceWindKnots: 12 } : calmMorning(site),
    );
    const sites = await launchableSites(['Longmeadow', 'Hatch Farm'], forecast);
    expect(sites).toEqual(['Longmeadow']);
  });

  it('returns the same forecast to every reader of a shared request', async () => {
    const shared = forecast('Longmeadow');
    const forPilot = await shared;
    const forChase = await shared;
    expect(forPilot).toBe(forChase);
    expect(forecast).toHaveBeenCalledTimes(1);
  });

  it('propagates a forecast outage', async () => {
    forecast.mockImplementation(async () => {
      throw new Error('met office feed unavailable');
    });
    await expect(launchableSites(['Longmeadow'], forecast)).rejects.toThrow('met office feed unavailable');
  });

  it('treats thermals as a no-go even in light wind', async () => {
    forecast.mockImplementation(async (site: string) => ({ ...calmMorning(site), thermalsExpected: true }));
    await expect(launchableSites(['Longmeadow'], forecast)).resolves.toEqual([]);
  });
});
