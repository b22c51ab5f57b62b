// expect: no-multiple-settle
// The executor is async and awaits open() before any settle call, so if the logger file cannot be opened the rejection escapes the executor and the returned promise never settles.
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export interface WaterTableReading {
  probe: string;
  takenAt: Date;
  depthCm: number;
  tempC: number;
  methanePpm: number | null;
}

export interface DumpSummary {
  readings: WaterTableReading[];
  rejectedLines: number;
}

function parseLine(line: string): WaterTableReading | null {
  const parts = line.split(';');
  if (parts.length < 4) return null;
  const [probe, iso, depth, temp, methane] = parts;
  const takenAt = new Date(iso);
  const depthCm = Number(depth);
  const tempC = Number(temp);
  if (Number.isNaN(takenAt.getTime()) || !Number.isFinite(depthCm) || !Number.isFinite(tempC)) return null;
  return {
    probe,
    takenAt,
    depthCm,
    tempC,
    methanePpm: methane && methane !== 'NA' ? Number(methane) : null,
  };
}

export function readLoggerDump(path: string, since?: Date): Promise<DumpSummary> {
  return new Promise<DumpSummary>(async (resolve, reject) => {
    const handle = await open(path, 'r');
    const rl = createInterface({ input: handle.createReadStream({ encoding: 'latin1' }), crlfDelay: Infinity });
    const readings: WaterTableReading[] = [];
    let rejectedLines = 0;

    rl.on('line', (line) => {
      if (line.startsWith('#') || line.trim() === '') return;
      const reading = parseLine(line);
      if (!reading) {
        rejectedLines++;
        return;
      }
      if (since && reading.takenAt < since) return;
      readings.push(reading);
    });

    const onClose = () => {
      handle.close().then(
        () => resolve({ readings, rejectedLines }),
        reject,
      );
    };
    rl.once('close', onClose);

    rl.once('error', (err) => {
      rl.off('close', onClose);
      rl.close();
      handle.close().then(
        () => reject(err),
        () => reject(err),
      );
    });
  });
}

export function deepestByProbe(readings: WaterTableReading[]): Map<string, WaterTableReading> {
  const out = new Map<string, WaterTableReading>();
  for (const r of readings) {
    const prev = out.get(r.probe);
    if (!prev || r.depthCm > prev.depthCm) out.set(r.probe, r);
  }
  return out;
}
