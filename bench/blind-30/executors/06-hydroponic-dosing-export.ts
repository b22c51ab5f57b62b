// expect: none
// The pipe executor listens for 'finish' on the file and 'error' on both streams, detaching the others once either settles.
import { createWriteStream, type WriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import path from 'node:path';

export interface DosingEvent {
  towerId: string;
  tier: number;
  nutrient: 'A' | 'B' | 'CalMag' | 'pH-down' | 'pH-up';
  millilitres: number;
  ecBefore: number;
  ecAfter: number;
  at: Date;
}

declare const dosingStore: {
  eventsBetween(farmId: string, from: Date, to: Date): AsyncIterable<DosingEvent>;
};

const HEADER = 'tower_id,tier,nutrient,ml,ec_before,ec_after,timestamp\n';

function csvLine(e: DosingEvent): string {
  return [
    e.towerId,
    e.tier,
    e.nutrient,
    e.millilitres.toFixed(1),
    e.ecBefore.toFixed(2),
    e.ecAfter.toFixed(2),
    e.at.toISOString(),
  ].join(',') + '\n';
}

function pipeToFile(source: Readable, out: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const detach = () => {
      source.off('error', onError);
      out.off('error', onError);
      out.off('finish', onFinish);
    };
    const onFinish = () => {
      detach();
      resolve();
    };
    const onError = (err: Error) => {
      detach();
      source.unpipe(out);
      source.destroy();
      out.destroy();
      reject(err);
    };
    source.on('error', onError);
    out.on('error', onError);
    out.on('finish', onFinish);
    source.pipe(out);
  });
}

export interface ExportSummary {
  file: string;
  rows: number;
  totalMlByNutrient: Record<string, number>;
}

export async function exportDosingLog(
  farmId: string,
  from: Date,
  to: Date,
  outDir: string,
): Promise<ExportSummary> {
  const file = path.join(outDir, `${farmId}-dosing-${from.toISOString().slice(0, 10)}.csv`);
  const totals: Record<string, number> = {};
  let rows = 0;

  async function* lines(): AsyncGenerator<string> {
    yield HEADER;
    for await (const event of dosingStore.eventsBetween(farmId, from, to)) {
      totals[event.nutrient] = (totals[event.nutrient] ?? 0) + event.millilitres;
      rows += 1;
      yield csvLine(event);
    }
  }

  await pipeToFile(Readable.from(lines()), createWriteStream(file, { encoding: 'utf8' }));
  return { file, rows, totalMlByNutrient: totals };
}
