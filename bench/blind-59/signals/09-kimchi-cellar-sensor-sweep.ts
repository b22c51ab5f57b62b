// expect: no-swallowed-abort
// readJar wraps every failure, including the AbortError raised when the sweep is cancelled, in a generic CellarSensorError.
export interface JarTelemetry {
  jarId: string;
  ph: number;
  co2Ppm: number;
  tempC: number;
}

export interface SweepResult {
  cellar: string;
  readings: JarTelemetry[];
  venting: string[];
}

declare const CELLAR_GATEWAY: string;
declare const ventValves: { open(jarId: string, signal?: AbortSignal): Promise<void> };

export class CellarSensorError extends Error {
  constructor(readonly jarId: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CellarSensorError';
  }
}

async function readJar(cellar: string, jarId: string, signal: AbortSignal): Promise<JarTelemetry> {
  try {
    const res = await fetch(`${CELLAR_GATEWAY}/${cellar}/jars/${jarId}`, { signal });
    if (!res.ok) {
      throw new Error(`gateway answered ${res.status}`);
    }
    const body = (await res.json()) as Omit<JarTelemetry, 'jarId'>;
    return { jarId, ...body };
  } catch (err) {
    throw new CellarSensorError(jarId, `failed reading jar ${jarId} in ${cellar}`, { cause: err });
  }
}

function needsVenting(reading: JarTelemetry): boolean {
  // Active fermentation in a sealed onggi builds CO2 fast; vent before the lid lifts.
  return reading.co2Ppm > 25_000 || (reading.tempC > 8 && reading.ph > 4.5);
}

export async function sweepCellar(cellar: string, jarIds: string[], signal: AbortSignal): Promise<SweepResult> {
  const readings: JarTelemetry[] = [];
  for (const jarId of jarIds) {
    readings.push(await readJar(cellar, jarId, signal));
  }

  const venting: string[] = [];
  for (const reading of readings.filter(needsVenting)) {
    await ventValves.open(reading.jarId, signal);
    venting.push(reading.jarId);
  }
  return { cellar, readings, venting };
}

export function averagePh(readings: JarTelemetry[]): number {
  if (readings.length === 0) return NaN;
  return readings.reduce((sum, r) => sum + r.ph, 0) / readings.length;
}
