// expect: none
// The readline executor settles from 'close' or 'error' behind a single done flag, and error handling closes the interface without resolving.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface GunSummary {
  gunId: string;
  hoursRunning: number;
  waterM3: number;
  minWetBulbC: number;
  faults: string[];
}

interface TelemetryRecord {
  gunId: string;
  intervalMinutes: number;
  flowLitresPerMin: number;
  wetBulbC: number;
  fault?: string;
}

declare const slopeOps: {
  logPathFor(date: string, trail: string): string;
  saveDailySummary(date: string, trail: string, summaries: GunSummary[]): Promise<void>;
};

function parseTelemetry(line: string): TelemetryRecord | null {
  // gun_id;interval_min;flow_lpm;wet_bulb_c;fault
  const [gunId, interval, flow, wetBulb, fault] = line.split(';');
  if (!gunId || interval === undefined || flow === undefined || wetBulb === undefined) return null;
  const record: TelemetryRecord = {
    gunId,
    intervalMinutes: Number(interval),
    flowLitresPerMin: Number(flow),
    wetBulbC: Number(wetBulb),
  };
  if (Number.isNaN(record.intervalMinutes) || Number.isNaN(record.flowLitresPerMin)) return null;
  if (fault && fault.trim()) record.fault = fault.trim();
  return record;
}

export function summariseSnowgunLog(filePath: string): Promise<Map<string, GunSummary>> {
  return new Promise<Map<string, GunSummary>>((resolve, reject) => {
    const rl = createInterface({
      input: createReadStream(filePath, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    const summaries = new Map<string, GunSummary>();
    let malformed = 0;
    let done = false;

    rl.on('line', (line) => {
      if (line.startsWith('#') || line.trim() === '') return;
      const record = parseTelemetry(line);
      if (!record) {
        malformed += 1;
        return;
      }
      let summary = summaries.get(record.gunId);
      if (!summary) {
        summary = { gunId: record.gunId, hoursRunning: 0, waterM3: 0, minWetBulbC: Infinity, faults: [] };
        summaries.set(record.gunId, summary);
      }
      if (record.flowLitresPerMin > 0) {
        summary.hoursRunning += record.intervalMinutes / 60;
        summary.waterM3 += (record.flowLitresPerMin * record.intervalMinutes) / 1000;
      }
      summary.minWetBulbC = Math.min(summary.minWetBulbC, record.wetBulbC);
      if (record.fault) summary.faults.push(record.fault);
    });

    rl.once('error', (err) => {
      if (done) return;
      done = true;
      rl.close();
      reject(err);
    });

    rl.once('close', () => {
      if (done) return;
      done = true;
      if (malformed > summaries.size * 50) {
        reject(new Error(`${filePath}: ${malformed} malformed telemetry lines`));
        return;
      }
      resolve(summaries);
    });
  });
}

export async function closeOutNight(date: string, trails: readonly string[]): Promise<number> {
  let guns = 0;
  for (const trail of trails) {
    const summaries = await summariseSnowgunLog(slopeOps.logPathFor(date, trail));
    const list = [...summaries.values()].sort((a, b) => b.waterM3 - a.waterM3);
    await slopeOps.saveDailySummary(date, trail, list);
    guns += list.length;
  }
  return guns;
}
