// expect: none
// The readings array is filled by readline 'line' events and only read after awaiting the interface's 'close' event, once every line has been processed.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export interface TankLogReading {
  tankId: string;
  at: Date;
  tempC: number;
  oxygenMgL: number;
}

export interface TankDaySummary {
  tankId: string;
  readings: number;
  minOxygen: number;
  maxTempC: number;
  alarms: string[];
}

export function parseLogLine(line: string): TankLogReading | undefined {
  // logger CSV: 2024-05-02T06:00:00Z,T07,14.2,8.9
  const [iso, tankId, temp, oxygen] = line.split(',');
  if (!iso || !tankId || temp === undefined || oxygen === undefined) return undefined;
  const at = new Date(iso);
  const tempC = Number(temp);
  const oxygenMgL = Number(oxygen);
  if (Number.isNaN(at.getTime()) || !Number.isFinite(tempC) || !Number.isFinite(oxygenMgL)) return undefined;
  return { tankId, at, tempC, oxygenMgL };
}

export async function summariseTankLog(path: string): Promise<TankDaySummary[]> {
  const input = createReadStream(path, 'utf8');
  const rl = createInterface({ input, crlfDelay: Infinity });
  const byTank = new Map<string, TankLogReading[]>();

  rl.on('line', (line) => {
    const reading = parseLogLine(line);
    if (!reading) return;
    const list = byTank.get(reading.tankId) ?? [];
    list.push(reading);
    byTank.set(reading.tankId, list);
  });

  try {
    // readline re-emits input stream errors, so once() rejects if the file cannot be read
    await once(rl, 'close');
  } finally {
    input.destroy();
  }

  const summaries: TankDaySummary[] = [];
  for (const [tankId, readings] of byTank) {
    const minOxygen = Math.min(...readings.map((r) => r.oxygenMgL));
    const maxTempC = Math.max(...readings.map((r) => r.tempC));
    const alarms: string[] = [];
    if (minOxygen < 6) alarms.push(`oxygen dipped to ${minOxygen} mg/L`);
    if (maxTempC > 20) alarms.push(`temperature peaked at ${maxTempC}°C`);
    summaries.push({ tankId, readings: readings.length, minOxygen, maxTempC, alarms });
  }
  return summaries.sort((a, b) => a.tankId.localeCompare(b.tankId));
}
