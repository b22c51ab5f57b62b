// expect: require-signal-propagation
// The handler forwards req.signal to the limits lookup but not to archive.history, which accepts a signal, so when a curator closes the dashboard the expensive multi-month history query keeps running on the archive.
export interface Reading {
  at: string;
  temperatureC: number;
  relativeHumidity: number;
}

export interface Limits {
  minRh: number;
  maxRh: number;
  maxDailySwingRh: number;
}

export interface ClimateArchive {
  history(gallery: string, range: { from: Date; to: Date; signal?: AbortSignal }): Promise<Reading[]>;
}

export interface ConservationPolicy {
  limitsFor(gallery: string, opts?: { signal?: AbortSignal }): Promise<Limits>;
}

interface Excursion {
  at: string;
  relativeHumidity: number;
  kind: 'low' | 'high';
}

function excursions(readings: Reading[], limits: Limits): Excursion[] {
  const out: Excursion[] = [];
  for (const r of readings) {
    if (r.relativeHumidity < limits.minRh) out.push({ at: r.at, relativeHumidity: r.relativeHumidity, kind: 'low' });
    else if (r.relativeHumidity > limits.maxRh) out.push({ at: r.at, relativeHumidity: r.relativeHumidity, kind: 'high' });
  }
  return out;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function createClimateHandler(deps: { archive: ClimateArchive; policy: ConservationPolicy }) {
  return async function handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const gallery = url.searchParams.get('gallery');
    if (!gallery) return json({ error: 'gallery is required' }, 400);

    const days = Math.min(Number(url.searchParams.get('days') ?? '30') || 30, 365);
    const to = new Date();
    const from = new Date(to.getTime() - days * 86_400_000);

    const limits = await deps.policy.limitsFor(gallery, { signal: req.signal });
    const readings = await deps.archive.history(gallery, { from, to });

    const found = excursions(readings, limits);
    return json({
      gallery,
      days,
      samples: readings.length,
      limits,
      excursions: found.slice(0, 200),
      truncated: found.length > 200,
    });
  };
}
