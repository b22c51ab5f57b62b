// expect: none
// The executor settles once via 'finish' or 'error', and each path removes the other listener before settling.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export interface QuenchRecord {
  bladeSerial: string;
  steel: 'aogami-2' | 'shirogami-1' | 'vg-10';
  furnaceTempC: number;
  quenchMedium: 'water' | 'oil';
  hamonClayMm: number;
  durationMs: number;
}

declare const forgeRegistry: {
  currentSmith(): { id: string; name: string };
  markBatchArchived(batchId: string, path: string): Promise<void>;
};

function formatRecord(record: QuenchRecord, smithId: string): string {
  return [
    new Date().toISOString(),
    smithId,
    record.bladeSerial,
    record.steel,
    record.furnaceTempC.toFixed(0),
    record.quenchMedium,
    record.hamonClayMm.toFixed(1),
    String(record.durationMs),
  ].join('\t');
}

function endStream(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('finish', onFinish);
      reject(err);
    };
    stream.once('finish', onFinish);
    stream.once('error', onError);
    stream.end();
  });
}

export async function archiveQuenchBatch(
  batchId: string,
  records: readonly QuenchRecord[],
  directory: string,
): Promise<string> {
  const path = `${directory}/quench-${batchId}.tsv`;
  const smith = forgeRegistry.currentSmith();
  const stream = createWriteStream(path, { flags: 'wx', encoding: 'utf8' });

  try {
    stream.write('# time\tsmith\tserial\tsteel\ttemp_c\tmedium\tclay_mm\tduration_ms\n');
    for (const record of records) {
      if (record.furnaceTempC < 740 || record.furnaceTempC > 860) {
        throw new RangeError(`blade ${record.bladeSerial}: furnace temp ${record.furnaceTempC}C out of range`);
      }
      const ok = stream.write(formatRecord(record, smith.id) + '\n');
      if (!ok) {
        await once(stream, 'drain');
      }
    }
    await endStream(stream);
  } catch (err) {
    stream.destroy();
    throw err;
  }

  await forgeRegistry.markBatchArchived(batchId, path);
  return path;
}

export function summarizeBatch(records: readonly QuenchRecord[]): Record<QuenchRecord['steel'], number> {
  const counts: Record<QuenchRecord['steel'], number> = { 'aogami-2': 0, 'shirogami-1': 0, 'vg-10': 0 };
  for (const record of records) counts[record.steel] += 1;
  return counts;
}
