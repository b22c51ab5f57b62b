// expect: no-swallowed-abort
// readSensor catches every error from the aborted fetch and returns null, so cancelling a sweep is reported as a row of offline sensors instead of stopping with an AbortError.
export interface ClimateSample {
  sensorId: string;
  rhPct: number;
  tempC: number;
  luxLevel: number;
  takenAt: string;
}

export interface SweepResult {
  samples: ClimateSample[];
  offline: string[];
  alarms: string[];
}

export interface SweepOptions {
  gatewayUrl: string;
  sensorIds: string[];
  signal: AbortSignal;
  limits?: { minRh: number; maxRh: number; maxTempC: number; maxLux: number };
}

const DEFAULT_LIMITS = { minRh: 45, maxRh: 55, maxTempC: 21, maxLux: 50 };

async function readSensor(gatewayUrl: string, sensorId: string, signal: AbortSignal): Promise<ClimateSample | null> {
  try {
    const res = await fetch(`${gatewayUrl}/sensors/${sensorId}/latest`, { signal });
    if (!res.ok) return null;
    return (await res.json()) as ClimateSample;
  } catch {
    return null;
  }
}

export async function sweepVault(options: SweepOptions): Promise<SweepResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const result: SweepResult = { samples: [], offline: [], alarms: [] };

  for (const sensorId of options.sensorIds) {
    const sample = await readSensor(options.gatewayUrl, sensorId, options.signal);
    if (!sample) {
      result.offline.push(sensorId);
      continue;
    }
    result.samples.push(sample);
    if (sample.rhPct < limits.minRh || sample.rhPct > limits.maxRh) {
      result.alarms.push(`${sensorId}: RH ${sample.rhPct}% outside ${limits.minRh}-${limits.maxRh}%`);
    }
    if (sample.tempC > limits.maxTempC) result.alarms.push(`${sensorId}: ${sample.tempC}°C too warm`);
    if (sample.luxLevel > limits.maxLux) result.alarms.push(`${sensorId}: ${sample.luxLevel} lux exceeds conservation limit`);
  }

  return result;
}

export function shouldPageConservator(result: SweepResult): boolean {
  return result.alarms.length > 0 || result.offline.length > result.samples.length;
}
