// expect: none
// The race's losers are cleaned up in finally: the deadline timer is cleared, the shared controller aborts the provider fetches still running, and the caller's abort listener is removed.
export interface Forecast {
  provider: string;
  region: string;
  rainMm48h: number;
  soilTempC: number;
  frostRisk: boolean;
}

const PROVIDERS = [
  'https://api.met-north.example/v1/forecast',
  'https://forecast.mycoweather.example/api',
  'https://wx.forestry-board.example/outlook',
] as const;

async function fetchForecast(provider: string, region: string, signal: AbortSignal): Promise<Forecast> {
  const res = await fetch(`${provider}?region=${encodeURIComponent(region)}`, { signal });
  if (!res.ok) throw new Error(`${provider}: ${res.status}`);
  const body = (await res.json()) as Omit<Forecast, 'provider'>;
  return { ...body, provider };
}

export async function firstForecast(region: string, signal?: AbortSignal, deadlineMs = 4_000): Promise<Forecast> {
  signal?.throwIfAborted();
  const losers = new AbortController();
  const onAbort = () => losers.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no forecast for ${region} within ${deadlineMs}ms`)), deadlineMs);
  });

  try {
    return await Promise.race([
      Promise.any(PROVIDERS.map((p) => fetchForecast(p, region, losers.signal))),
      deadline,
    ]);
  } catch (err) {
    // Promise.any would report a caller abort as an AggregateError of aborted fetches
    if (signal?.aborted) throw signal.reason;
    throw err;
  } finally {
    clearTimeout(timer);
    losers.abort();
    signal?.removeEventListener('abort', onAbort);
  }
}

export type FruitingOutlook = 'poor' | 'fair' | 'flush';

export function fruitingOutlook(f: Forecast): FruitingOutlook {
  if (f.frostRisk || f.soilTempC < 6) return 'poor';
  if (f.rainMm48h >= 15 && f.soilTempC >= 10) return 'flush';
  return 'fair';
}

export async function tourBriefing(region: string, signal?: AbortSignal): Promise<string> {
  const forecast = await firstForecast(region, signal);
  const outlook = fruitingOutlook(forecast);
  return [
    `Region: ${region} (via ${new URL(forecast.provider).hostname})`,
    `Rain last 48h: ${forecast.rainMm48h} mm, soil ${forecast.soilTempC} °C`,
    `Outlook: ${outlook}${forecast.frostRisk ? ' — frost likely, bring gloves' : ''}`,
  ].join('\n');
}
