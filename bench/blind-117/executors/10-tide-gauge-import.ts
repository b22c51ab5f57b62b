// expect: no-multiple-settle
// On a malformed line the handler calls rl.close() before reject(), and close synchronously fires the 'close' listener that resolves with the partial readings, so the promise settles twice and the parse error is lost.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface TideReading {
  station: string;
  at: Date;
  heightM: number;
  waterTempC: number;
}

export interface ImportSummary {
  station: string;
  readings: TideReading[];
  lowest?: TideReading;
  highest?: TideReading;
}

export class GaugeFormatError extends Error {
  constructor(readonly lineNumber: number, readonly line: string) {
    super(`Malformed gauge line ${lineNumber}: ${line}`);
    this.name = 'GaugeFormatError';
  }
}

function parseLine(station: string, line: string): TideReading | null {
  const parts = line.split(',');
  if (parts.length !== 3) return null;
  const [iso, height, temp] = parts;
  const at = new Date(iso);
  const heightM = Number(height);
  const waterTempC = Number(temp);
  if (Number.isNaN(at.getTime()) || Number.isNaN(heightM) || Number.isNaN(waterTempC)) return null;
  return { station, at, heightM, waterTempC };
}

export function readGaugeLog(station: string, path: string): Promise<TideReading[]> {
  return new Promise<TideReading[]>((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const readings: TideReading[] = [];
    let lineNumber = 0;

    rl.on('line', (raw) => {
      lineNumber++;
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const reading = parseLine(station, line);
      if (!reading) {
        rl.close();
        input.destroy();
        reject(new GaugeFormatError(lineNumber, line));
        return;
      }
      readings.push(reading);
    });

    rl.on('close', () => resolve(readings));
    rl.on('error', (err) => {
      rl.removeAllListeners('close');
      reject(err);
    });
  });
}

export async function summarizeStation(station: string, path: string): Promise<ImportSummary> {
  const readings = await readGaugeLog(station, path);
  let lowest: TideReading | undefined;
  let highest: TideReading | undefined;
  for (const r of readings) {
    if (!lowest || r.heightM < lowest.heightM) lowest = r;
    if (!highest || r.heightM > highest.heightM) highest = r;
  }
  return { station, readings, lowest, highest };
}

export function harvestWindows(summary: ImportSummary, maxHeightM: number): Array<{ from: Date; to: Date }> {
  const windows: Array<{ from: Date; to: Date }> = [];
  let open: Date | undefined;
  for (const r of summary.readings) {
    if (r.heightM <= maxHeightM && !open) open = r.at;
    if (r.heightM > maxHeightM && open) {
      windows.push({ from: open, to: r.at });
      open = undefined;
    }
  }
  return windows;
}
