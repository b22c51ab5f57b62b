// expect: none
// The signal is forwarded to every fetch and to the cancellable timers/promises backoff, so aborting stops the wind poll at any point.
import { setTimeout as delay } from 'node:timers/promises';

export interface WindSample {
  towerNo: number;
  gustKmh: number;
  meanKmh: number;
  directionDeg: number;
  at: string;
}

export type LineAdvice = 'normal' | 'reduced-speed' | 'hold-cabins';

export interface WindPollOptions {
  stationUrl: string;
  towers: number[];
  signal: AbortSignal;
  attempts?: number;
}

function advise(samples: WindSample[]): LineAdvice {
  const worstGust = Math.max(0, ...samples.map((s) => s.gustKmh));
  if (worstGust >= 75) return 'hold-cabins';
  if (worstGust >= 55) return 'reduced-speed';
  return 'normal';
}

async function readTower(stationUrl: string, towerNo: number, signal: AbortSignal, attempts: number): Promise<WindSample> {
  let lastStatus = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const res = await fetch(`${stationUrl}/towers/${towerNo}/anemometer/latest`, { signal });
    if (res.ok) {
      return (await res.json()) as WindSample;
    }
    lastStatus = res.status;
    await res.body?.cancel();
    if (res.status < 500) break;
    await delay(250 * 2 ** attempt, undefined, { signal });
  }
  throw new Error(`anemometer on tower ${towerNo} unavailable (HTTP ${lastStatus})`);
}

export async function pollLineWind({ stationUrl, towers, signal, attempts = 3 }: WindPollOptions): Promise<{
  advice: LineAdvice;
  samples: WindSample[];
}> {
  const samples = await Promise.all(towers.map((t) => readTower(stationUrl, t, signal, attempts)));
  return { advice: advise(samples), samples };
}

export async function watchLineWind(
  options: WindPollOptions,
  onAdvice: (advice: LineAdvice, samples: WindSample[]) => void,
  intervalMs = 30_000,
): Promise<void> {
  let previous: LineAdvice | null = null;
  while (!options.signal.aborted) {
    const { advice, samples } = await pollLineWind(options);
    if (advice !== previous) {
      onAdvice(advice, samples);
      previous = advice;
    }
    await delay(intervalMs, undefined, { signal: options.signal });
  }
}
