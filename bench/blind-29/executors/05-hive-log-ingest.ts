// expect: none
// The line listener only accumulates; the promise resolves once on close, and any read or gunzip error rejects once after detaching the close handler.
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export interface HiveReading {
  hiveId: string;
  at: Date;
  weightKg: number;
  broodTempC: number;
  humidity: number;
}

export interface LogSummary {
  readings: HiveReading[];
  rejected: number;
}

function parseLine(line: string): HiveReading | null {
  // hive_id,iso_time,weight_kg,brood_temp_c,humidity
  const [hiveId, iso, weight, temp, humidity] = line.split(',');
  const at = new Date(iso);
  if (!hiveId || Number.isNaN(at.getTime())) return null;
  const reading = { hiveId, at, weightKg: Number(weight), broodTempC: Number(temp), humidity: Number(humidity) };
  return Number.isFinite(reading.weightKg) && Number.isFinite(reading.broodTempC) ? reading : null;
}

export function readHiveLog(file: string): Promise<LogSummary> {
  return new Promise((resolve, reject) => {
    const source = createReadStream(file);
    const input: Readable = file.endsWith('.gz') ? source.pipe(createGunzip()) : source;
    const rl = createInterface({ input, crlfDelay: Infinity });
    const readings: HiveReading[] = [];
    let rejected = 0;
    let failed = false;

    const onClose = () => resolve({ readings, rejected });
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      rl.off('close', onClose);
      rl.close();
      source.destroy();
      reject(new Error(`Could not read ${path.basename(file)}: ${err.message}`));
    };

    rl.on('line', (line) => {
      if (line.startsWith('#') || !line.trim()) return;
      const reading = parseLine(line);
      if (reading) readings.push(reading);
      else rejected++;
    });
    rl.once('close', onClose);
    rl.on('error', fail);
    source.on('error', fail);
    if (input !== source) input.on('error', fail);
  });
}

export async function nectarFlow(dir: string): Promise<Map<string, number>> {
  const files = (await readdir(dir)).filter((f) => /\.csv(\.gz)?$/.test(f));
  const results = await Promise.allSettled(files.map((f) => readHiveLog(path.join(dir, f))));
  const gain = new Map<string, number>();

  for (const result of results) {
    if (result.status === 'rejected') {
      console.warn(String(result.reason));
      continue;
    }
    const byHive = new Map<string, HiveReading[]>();
    for (const r of result.value.readings) {
      const list = byHive.get(r.hiveId) ?? [];
      list.push(r);
      byHive.set(r.hiveId, list);
    }
    for (const [hiveId, list] of byHive) {
      list.sort((a, b) => a.at.getTime() - b.at.getTime());
      const delta = list[list.length - 1].weightKg - list[0].weightKg;
      gain.set(hiveId, (gain.get(hiveId) ?? 0) + delta);
    }
  }
  return gain;
}
