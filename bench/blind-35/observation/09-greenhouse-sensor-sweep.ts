// expect: none
// Every Promise.allSettled result is branched on status before .value or .reason is touched.
export interface BedReading {
  bedId: string;
  soilMoisturePct: number;
  substrateTempC: number;
  ecMsCm: number;
}

export interface SweepResult {
  readings: BedReading[];
  offline: Array<{ bedId: string; error: string }>;
  thirsty: string[];
}

declare const bedSensors: {
  read(bedId: string): Promise<BedReading>;
};

declare const roofWeather: {
  solarWm2(): Promise<number>;
  windMs(): Promise<number>;
};

declare const irrigationLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const BASE_MOISTURE_TARGET = 38;

export function moistureTarget(solarWm2: number, windMs: number): number {
  // Hot, windy rooftop afternoons dry the shallow beds fast; water earlier.
  let target = BASE_MOISTURE_TARGET;
  if (solarWm2 > 600) target += 4;
  if (windMs > 8) target += 3;
  return target;
}

export async function sweepBeds(bedIds: string[]): Promise<SweepResult> {
  const [settled, solar, wind] = await Promise.all([
    Promise.allSettled(bedIds.map((id) => bedSensors.read(id))),
    Promise.allSettled([roofWeather.solarWm2()]).then(([r]) => (r.status === 'fulfilled' ? r.value : 0)),
    Promise.allSettled([roofWeather.windMs()]).then(([r]) => (r.status === 'fulfilled' ? r.value : 0)),
  ]);

  const readings: BedReading[] = [];
  const offline: SweepResult['offline'] = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      readings.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      offline.push({ bedId: bedIds[i], error: reason });
    }
  });

  if (offline.length > 0) {
    irrigationLog.warn('bed sensors offline', { beds: offline.map((o) => o.bedId) });
  }

  const target = moistureTarget(solar, wind);
  const thirsty = readings
    .filter((r) => r.soilMoisturePct < target && r.ecMsCm < 3.5)
    .sort((a, b) => a.soilMoisturePct - b.soilMoisturePct)
    .map((r) => r.bedId);

  return { readings, offline, thirsty };
}

export function sweepSummary(result: SweepResult): string {
  const parts = [`${result.readings.length} beds read`];
  if (result.offline.length) parts.push(`${result.offline.length} offline`);
  if (result.thirsty.length) parts.push(`water: ${result.thirsty.join(', ')}`);
  return parts.join('; ');
}
