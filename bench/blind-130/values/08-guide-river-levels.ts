// expect: none
// The legacy callback reader is wrapped in a promise and the gauge values are only read after awaiting it, so they are always populated when used.
import { readFile } from 'node:fs';

export interface GaugeReading {
  station: string;
  levelCm: number;
  turbidityNtu: number;
}

export interface FishingConditions {
  river: string;
  go: boolean;
  reasons: string[];
  readings: GaugeReading[];
}

function parseGaugeCsv(csv: string): GaugeReading[] {
  return csv
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter((cols) => cols.length >= 3)
    .map(([station, level, turbidity]) => ({
      station: station.trim(),
      levelCm: Number(level),
      turbidityNtu: Number(turbidity),
    }));
}

function readGaugeFile(path: string): Promise<GaugeReading[]> {
  return new Promise<GaugeReading[]>((resolve, reject) => {
    readFile(path, 'utf8', (err, csv) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(parseGaugeCsv(csv));
    });
  });
}

export async function assessCormorantFishing(river: string, gaugePath: string): Promise<FishingConditions> {
  const readings = await readGaugeFile(gaugePath);
  const reasons: string[] = [];

  const maxLevel = Math.max(...readings.map((r) => r.levelCm));
  const avgTurbidity = readings.reduce((sum, r) => sum + r.turbidityNtu, 0) / (readings.length || 1);

  if (readings.length === 0) reasons.push('no gauge data');
  if (maxLevel > 180) reasons.push(`river high at ${maxLevel} cm: birds cannot see fish`);
  if (avgTurbidity > 25) reasons.push(`water murky (${avgTurbidity.toFixed(1)} NTU)`);

  return { river, go: reasons.length === 0, reasons, readings };
}

export function briefing(conditions: FishingConditions): string {
  if (conditions.go) {
    return `${conditions.river}: good night for the birds — ${conditions.readings.length} gauges nominal.`;
  }
  return `${conditions.river}: stand down (${conditions.reasons.join('; ')}).`;
}
