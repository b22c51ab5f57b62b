// expect: no-leaked-race
// The timeout promise raced against each sensor read is never cleared, so every ramp in a sweep leaves a live timer behind that keeps firing after the read has won.
export interface DeflectionReading {
  rampId: string;
  deckMm: number;
  copingMm: number;
  temperatureC: number;
}

export interface RampSensorClient {
  readDeflection(rampId: string): Promise<DeflectionReading>;
}

export interface SweepResult {
  rampId: string;
  verdict: 'ok' | 'monitor' | 'close' | 'no-reading';
  reading?: DeflectionReading;
  error?: string;
}

const DECK_LIMIT_MM = 6;
const COPING_LIMIT_MM = 3;

export function readWithTimeout(
  sensor: RampSensorClient,
  rampId: string,
  timeoutMs = 3_000,
): Promise<DeflectionReading> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`deflection sensor on ${rampId} silent for ${timeoutMs}ms`)), timeoutMs);
  });
  return Promise.race([sensor.readDeflection(rampId), timeout]);
}

function judge(reading: DeflectionReading): SweepResult['verdict'] {
  const deckRatio = reading.deckMm / DECK_LIMIT_MM;
  const copingRatio = reading.copingMm / COPING_LIMIT_MM;
  const worst = Math.max(deckRatio, copingRatio);
  if (worst >= 1) return 'close';
  if (worst >= 0.75) return 'monitor';
  return 'ok';
}

export async function sweepPark(sensor: RampSensorClient, rampIds: string[]): Promise<SweepResult[]> {
  const results: SweepResult[] = [];
  for (const rampId of rampIds) {
    try {
      const reading = await readWithTimeout(sensor, rampId);
      results.push({ rampId, verdict: judge(reading), reading });
    } catch (err) {
      results.push({ rampId, verdict: 'no-reading', error: err instanceof Error ? err.message : String(err) });
    }
  }
  return results;
}

export function closures(results: SweepResult[]): string[] {
  return results.filter((r) => r.verdict === 'close').map((r) => r.rampId);
}
