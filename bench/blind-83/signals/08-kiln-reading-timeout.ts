// expect: none
// The race's timer is cleared in finally and the losing fetch is aborted through a linked controller, so nothing outlives the race.
export interface KilnReading {
  kilnId: string;
  tempC: number;
  coneBent: number | null;
  atmosphere: 'oxidising' | 'reducing';
}

export class KilnTimeoutError extends Error {
  constructor(readonly kilnId: string, readonly ms: number) {
    super(`kiln ${kilnId} did not answer within ${ms}ms`);
    this.name = 'KilnTimeoutError';
  }
}

const CONTROLLER_URL = 'http://kiln-controller.local';

async function fetchReading(kilnId: string, signal: AbortSignal): Promise<KilnReading> {
  const res = await fetch(`${CONTROLLER_URL}/kilns/${kilnId}/reading`, { signal });
  if (!res.ok) throw new Error(`kiln ${kilnId}: HTTP ${res.status}`);
  return (await res.json()) as KilnReading;
}

export async function readKiln(kilnId: string, ms: number, outer: AbortSignal): Promise<KilnReading> {
  const local = new AbortController();
  const signal = AbortSignal.any([outer, local.signal]);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new KilnTimeoutError(kilnId, ms)), ms);
  });
  try {
    return await Promise.race([fetchReading(kilnId, signal), timeout]);
  } finally {
    clearTimeout(timer);
    local.abort();
  }
}

const FIRING_SCHEDULE: Array<{ stage: string; targetC: number }> = [
  { stage: 'candling', targetC: 120 },
  { stage: 'water-smoke', targetC: 300 },
  { stage: 'quartz-inversion', targetC: 600 },
  { stage: 'bisque', targetC: 1000 },
  { stage: 'glaze', targetC: 1240 },
];

export function currentStage(reading: KilnReading): string {
  let stage = 'cold';
  for (const s of FIRING_SCHEDULE) {
    if (reading.tempC >= s.targetC * 0.95) stage = s.stage;
  }
  return stage;
}

export async function pollKilns(
  kilnIds: string[],
  signal: AbortSignal,
): Promise<Array<{ kilnId: string; stage: string } | { kilnId: string; error: string }>> {
  return Promise.all(
    kilnIds.map(async (kilnId) => {
      try {
        const reading = await readKiln(kilnId, 3_000, signal);
        return { kilnId, stage: currentStage(reading) };
      } catch (err) {
        if (!(err instanceof KilnTimeoutError)) throw err;
        return { kilnId, error: err.message };
      }
    }),
  );
}
