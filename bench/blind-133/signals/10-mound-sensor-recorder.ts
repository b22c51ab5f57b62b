// expect: none
// The signal is checked each cycle and passed to the gateway read, the interval sleep and the file write, so aborting stops the recorder promptly wherever it is waiting.
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFile } from 'node:fs/promises';

export interface ChamberReading {
  moundId: string;
  chamber: string;
  celsius: number;
  relativeHumidity: number;
  co2ppm: number;
  at: string;
}

export interface SensorGateway {
  read(moundId: string, options: { signal: AbortSignal }): Promise<ChamberReading[]>;
}

export interface RecorderOptions {
  signal: AbortSignal;
  intervalMs?: number;
  maxCycles?: number;
}

export async function* pollMound(
  gateway: SensorGateway,
  moundId: string,
  options: RecorderOptions,
): AsyncGenerator<ChamberReading[]> {
  const { signal, intervalMs = 60_000, maxCycles = Infinity } = options;
  for (let cycle = 1; cycle <= maxCycles; cycle++) {
    signal.throwIfAborted();
    const readings = await gateway.read(moundId, { signal });
    yield readings;
    if (cycle < maxCycles) await sleep(intervalMs, undefined, { signal });
  }
}

function toLine(r: ChamberReading): string {
  return [r.at, r.moundId, r.chamber, r.celsius.toFixed(2), r.relativeHumidity.toFixed(1), r.co2ppm].join(',');
}

export async function recordMound(
  gateway: SensorGateway,
  moundId: string,
  csvPath: string,
  options: RecorderOptions,
): Promise<number> {
  let written = 0;
  let co2Alarm = false;
  for await (const batch of pollMound(gateway, moundId, options)) {
    if (batch.length === 0) continue;
    const lines = batch.map(toLine).join('\n') + '\n';
    await writeFile(csvPath, lines, { flag: 'a', encoding: 'utf8', signal: options.signal });
    written += batch.length;

    const peak = Math.max(...batch.map((r) => r.co2ppm));
    if (peak > 30_000 && !co2Alarm) {
      co2Alarm = true;
      console.warn(`mound ${moundId}: CO2 at ${peak}ppm, ventilation shafts may be blocked`);
    } else if (peak < 20_000) {
      co2Alarm = false;
    }
  }
  return written;
}
