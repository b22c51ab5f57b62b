// expect: none
// Executor around a write stream settles on 'finish' or 'error' and removes the other listener, so it settles exactly once.
import { createWriteStream, type WriteStream } from "node:fs";
import { join } from "node:path";

export interface DipRecord {
  vatId: string;
  candleBatch: string;
  dipNumber: number;
  waxTempC: number;
  diameterMm: number;
  recordedAt: Date;
}

declare const dipSensors: {
  drain(vatId: string): DipRecord[];
};

declare const shopConfig: {
  logDirectory: string;
  vats: string[];
};

function toCsvLine(record: DipRecord): string {
  return [
    record.vatId,
    record.candleBatch,
    String(record.dipNumber),
    record.waxTempC.toFixed(1),
    record.diameterMm.toFixed(2),
    record.recordedAt.toISOString(),
  ].join(",") + "\n";
}

function appendLines(path: string, payload: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stream: WriteStream = createWriteStream(path, { flags: "a" });
    const onFinish = () => {
      stream.off("error", onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off("finish", onFinish);
      stream.destroy();
      reject(err);
    };
    stream.once("finish", onFinish);
    stream.once("error", onError);
    stream.end(payload);
  });
}

export async function flushDipLog(vatId: string, shiftLabel: string): Promise<number> {
  const records = dipSensors.drain(vatId);
  if (records.length === 0) {
    return 0;
  }

  const path = join(shopConfig.logDirectory, `${vatId}-${shiftLabel}.csv`);
  const payload = records
    .slice()
    .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime())
    .map(toCsvLine)
    .join("");

  await appendLines(path, payload);
  return records.length;
}

export async function flushAllVats(shiftLabel: string): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  for (const vatId of shopConfig.vats) {
    written[vatId] = await flushDipLog(vatId, shiftLabel);
  }
  return written;
}

export function averageDiameter(records: DipRecord[]): number {
  if (records.length === 0) return 0;
  const total = records.reduce((sum, r) => sum + r.diameterMm, 0);
  return total / records.length;
}
