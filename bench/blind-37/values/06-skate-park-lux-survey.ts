// expect: none
// The totals written by the 'data' listener are read only after await once(stream, 'end'), when every sample has been seen.
import { once } from 'node:events';
import type { Readable } from 'node:stream';

export interface LuxSample {
  zone: string;
  x: number;
  y: number;
  lux: number;
  takenAt: Date;
}

export interface ZoneSurvey {
  zone: string;
  samples: number;
  averageLux: number;
  minLux: number;
  uniformity: number; // min / average, EN 12193 wants >= 0.5 for recreational skating
  compliant: boolean;
}

declare const meter: {
  streamSurvey(parkId: string, options: { gridMetres: number }): Readable;
};
declare function saveSurvey(parkId: string, surveys: ZoneSurvey[]): Promise<void>;

const REQUIRED_AVERAGE_LUX: Record<string, number> = {
  bowl: 100,
  street: 75,
  vert: 150,
  'pump-track': 50,
};

export async function surveyPark(parkId: string, gridMetres = 2): Promise<ZoneSurvey[]> {
  const totals = new Map<string, { sum: number; count: number; min: number }>();
  let rejected = 0;

  const stream = meter.streamSurvey(parkId, { gridMetres });
  stream.on('data', (sample: LuxSample) => {
    if (!Number.isFinite(sample.lux) || sample.lux < 0) {
      rejected++;
      return;
    }
    const t = totals.get(sample.zone) ?? { sum: 0, count: 0, min: Infinity };
    t.sum += sample.lux;
    t.count += 1;
    t.min = Math.min(t.min, sample.lux);
    totals.set(sample.zone, t);
  });

  await once(stream, 'end');

  if (rejected > 0) {
    console.warn(`lux survey ${parkId}: discarded ${rejected} implausible readings`);
  }

  const surveys: ZoneSurvey[] = [...totals.entries()].map(([zone, t]) => {
    const averageLux = Math.round(t.sum / t.count);
    const uniformity = Math.round((t.min / (t.sum / t.count)) * 100) / 100;
    const required = REQUIRED_AVERAGE_LUX[zone] ?? 75;
    return {
      zone,
      samples: t.count,
      averageLux,
      minLux: Math.round(t.min),
      uniformity,
      compliant: averageLux >= required && uniformity >= 0.5,
    };
  });

  surveys.sort((a, b) => Number(a.compliant) - Number(b.compliant) || a.zone.localeCompare(b.zone));
  await saveSurvey(parkId, surveys);
  return surveys;
}
