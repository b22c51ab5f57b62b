// expect: no-unobserved-promise
// snowpackReq is started before the weather fetch is awaited; if it rejects while weather is still loading, nobody is listening yet.
export interface WeatherSummary {
  newSnowCm: number;
  windKmh: number;
  windDirection: string;
  tempTrend: 'warming' | 'cooling' | 'steady';
}

export interface SnowpackProfile {
  weakLayerDepthCm: number | null;
  stabilityScore: number;
  observedAt: string;
}

export type DangerLevel = 1 | 2 | 3 | 4 | 5;

export interface Bulletin {
  zone: string;
  issuedAt: string;
  danger: DangerLevel;
  problems: string[];
}

const API_BASE = 'https://forecast.internal.example/api/v2';

async function getJson<T>(path: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(`${API_BASE}${path}`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    throw new Error(`GET ${path} failed with ${res.status}`);
  }
  return (await res.json()) as T;
}

function rateDanger(weather: WeatherSummary, snowpack: SnowpackProfile): DangerLevel {
  let score = 1;
  if (weather.newSnowCm > 30) score++;
  if (weather.windKmh > 40) score++;
  if (snowpack.weakLayerDepthCm !== null && snowpack.weakLayerDepthCm < 100) score++;
  if (snowpack.stabilityScore < 0.4) score++;
  return Math.min(score, 5) as DangerLevel;
}

function listProblems(weather: WeatherSummary, snowpack: SnowpackProfile): string[] {
  const problems: string[] = [];
  if (weather.windKmh > 30 && weather.newSnowCm > 10) {
    problems.push(`wind slab on ${weather.windDirection}-facing lee slopes`);
  }
  if (snowpack.weakLayerDepthCm !== null) {
    problems.push(`persistent weak layer at ~${snowpack.weakLayerDepthCm} cm`);
  }
  if (weather.tempTrend === 'warming') {
    problems.push('wet loose activity on sun-exposed aspects');
  }
  return problems;
}

export async function buildBulletin(zone: string, timeoutMs = 15_000): Promise<Bulletin> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);

  try {
    const snowpackReq = getJson<SnowpackProfile>(`/zones/${zone}/snowpack/latest`, controller.signal);
    const weather = await getJson<WeatherSummary>(`/zones/${zone}/weather/24h`, controller.signal);
    const snowpack = await snowpackReq;

    return {
      zone,
      issuedAt: new Date().toISOString(),
      danger: rateDanger(weather, snowpack),
      problems: listProblems(weather, snowpack),
    };
  } finally {
    clearTimeout(timer);
  }
}
