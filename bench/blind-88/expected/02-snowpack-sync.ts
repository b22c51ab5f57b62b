// expect: none
// Async functions are passed by reference only where a function is expected: to retry(), which calls it on each attempt, to map(), which calls it per zone, and in a task list that is invoked with t() before Promise.all.
export interface SnowpackProfile {
  zone: string;
  heightCm: number;
  weakLayers: Array<{ depthCm: number; grainType: string; stabilityScore: number }>;
  observedAt: string;
}

export interface WeatherStation {
  id: string;
  newSnow24hCm: number;
  windKmh: number;
  tempC: number;
}

declare const observations: {
  latestProfile(zone: string): Promise<SnowpackProfile>;
};
declare function fetchStationData(): Promise<WeatherStation[]>;
declare function fetchClosures(): Promise<string[]>;
declare const dispatchBoard: { publish(summary: string): Promise<void> };

async function retry<T>(fn: () => Promise<T>, attempts = 3, baseDelayMs = 400): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, baseDelayMs * 2 ** i));
    }
  }
  throw lastError;
}

async function loadZone(zone: string): Promise<SnowpackProfile> {
  return retry(() => observations.latestProfile(zone));
}

function weakestLayer(p: SnowpackProfile) {
  return p.weakLayers.reduce<SnowpackProfile['weakLayers'][number] | undefined>(
    (worst, layer) => (!worst || layer.stabilityScore < worst.stabilityScore ? layer : worst),
    undefined,
  );
}

export async function morningSync(zones: string[]): Promise<string> {
  const tasks: Array<() => Promise<unknown>> = [fetchStationData, fetchClosures];
  const [profiles, [stations, closures]] = await Promise.all([
    Promise.all(zones.map(loadZone)),
    Promise.all(tasks.map((task) => task())) as Promise<[WeatherStation[], string[]]>,
  ]);

  const loading = stations.reduce((max, s) => Math.max(max, s.newSnow24hCm + s.windKmh / 10), 0);
  const lines = profiles.map((p) => {
    const weak = weakestLayer(p);
    const flag = weak && weak.stabilityScore < 12 ? '  !! reactive layer' : '';
    return `${p.zone}: HS ${p.heightCm} cm, weakest ${weak ? `${weak.grainType} @${weak.depthCm} cm` : 'none'}${flag}`;
  });
  lines.push(`loading index ${loading.toFixed(1)}; closed: ${closures.join(', ') || 'none'}`);
  return lines.join('\n');
}

export async function publishMorningSync(zones: string[]): Promise<void> {
  const summary = await retry(() => morningSync(zones), 2);
  await retry(() => dispatchBoard.publish(summary));
}
