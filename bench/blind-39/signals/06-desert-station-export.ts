// expect: require-signal-propagation
// exportHourly accepts options.signal but never looks at it: the file stream, the readline loop and the upload all run to completion after an abort.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ExportOptions {
  signal?: AbortSignal;
  maxRows?: number;
  includeDust?: boolean;
}

export interface HourlyAggregate {
  hour: string;
  samples: number;
  maxAirC: number;
  minAirC: number;
  meanWindKph: number;
  maxDustUgM3?: number;
}

declare const climateArchive: {
  putHourly(stationId: string, rows: HourlyAggregate[], init?: { signal?: AbortSignal }): Promise<{ stored: number }>;
};

interface Bucket {
  samples: number;
  maxAirC: number;
  minAirC: number;
  windSum: number;
  maxDust: number;
}

function parseRow(line: string): { at: string; airC: number; windKph: number; dust: number } | undefined {
  const [at, air, wind, dust] = line.split(',');
  const airC = Number(air);
  const windKph = Number(wind);
  if (!at || Number.isNaN(airC) || Number.isNaN(windKph)) return undefined;
  return { at, airC, windKph, dust: Number(dust) || 0 };
}

export async function exportHourly(stationId: string, csvPath: string, options: ExportOptions = {}): Promise<number> {
  const maxRows = options.maxRows ?? 500_000;
  const buckets = new Map<string, Bucket>();
  const rl = createInterface({ input: createReadStream(csvPath, 'utf8'), crlfDelay: Infinity });

  let rows = 0;
  for await (const line of rl) {
    if (rows++ === 0) continue;
    if (rows > maxRows) break;
    const row = parseRow(line);
    if (!row) continue;
    const hour = row.at.slice(0, 13);
    const b = buckets.get(hour) ?? { samples: 0, maxAirC: -Infinity, minAirC: Infinity, windSum: 0, maxDust: 0 };
    b.samples += 1;
    b.maxAirC = Math.max(b.maxAirC, row.airC);
    b.minAirC = Math.min(b.minAirC, row.airC);
    b.windSum += row.windKph;
    b.maxDust = Math.max(b.maxDust, row.dust);
    buckets.set(hour, b);
  }
  rl.close();

  const aggregates: HourlyAggregate[] = [...buckets.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([hour, b]) => ({
      hour,
      samples: b.samples,
      maxAirC: b.maxAirC,
      minAirC: b.minAirC,
      meanWindKph: Math.round((b.windSum / b.samples) * 10) / 10,
      ...(options.includeDust ? { maxDustUgM3: b.maxDust } : {}),
    }));

  if (aggregates.length === 0) return 0;
  const { stored } = await climateArchive.putHourly(stationId, aggregates);
  return stored;
}

export function heatStressHours(rows: HourlyAggregate[], thresholdC = 45): string[] {
  return rows.filter((r) => r.maxAirC >= thresholdC).map((r) => r.hour);
}
