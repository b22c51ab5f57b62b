// expect: none
// The export executor settles on either 'finish' or 'error' of the file stream and removes both listeners, so it settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';

export interface TankReading {
  tankId: string;
  takenAt: Date;
  gravity: number;
  temperatureC: number;
  pressureBar: number;
}

declare const tankHistorian: {
  readingsBetween(tankId: string, from: Date, to: Date): Promise<TankReading[]>;
};

declare const brewLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

const HEADER = 'tank_id,taken_at,gravity,temperature_c,pressure_bar\n';

function toCsvRow(r: TankReading): string {
  return [
    r.tankId,
    r.takenAt.toISOString(),
    r.gravity.toFixed(4),
    r.temperatureC.toFixed(2),
    r.pressureBar.toFixed(3),
  ].join(',') + '\n';
}

function writeAll(stream: WriteStream, rows: Iterable<string>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => {
      stream.off('finish', onFinish);
      reject(err);
    };
    const onFinish = () => {
      stream.off('error', onError);
      resolve();
    };
    stream.once('error', onError);
    stream.once('finish', onFinish);

    for (const row of rows) {
      stream.write(row);
    }
    stream.end();
  });
}

function apparentAttenuation(originalGravity: number, currentGravity: number): number {
  if (originalGravity <= 1) return 0;
  return ((originalGravity - currentGravity) / (originalGravity - 1)) * 100;
}

export async function exportFermentationLog(
  tankId: string,
  from: Date,
  to: Date,
  outDir: string,
): Promise<{ path: string; rows: number; attenuationPct: number }> {
  const readings = await tankHistorian.readingsBetween(tankId, from, to);
  readings.sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());

  const path = join(outDir, `${tankId}-${from.toISOString().slice(0, 10)}.csv`);
  const stream = createWriteStream(path, { encoding: 'utf8' });

  function* rows(): Generator<string> {
    yield HEADER;
    for (const r of readings) yield toCsvRow(r);
  }

  await writeAll(stream, rows());

  const first = readings[0];
  const last = readings[readings.length - 1];
  const attenuationPct = first && last ? apparentAttenuation(first.gravity, last.gravity) : 0;

  brewLog.info('fermentation log exported', {
    tankId,
    path,
    rows: readings.length,
    attenuationPct: Number(attenuationPct.toFixed(1)),
  });

  return { path, rows: readings.length, attenuationPct };
}
