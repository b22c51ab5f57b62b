// expect: no-multiple-settle
// When readBlock reports an error the executor rejects but falls through and also resolves with the empty block (missing return).
declare const hutDatalogger: {
  readBlock(
    hutId: string,
    offset: number,
    length: number,
    callback: (err: Error | null, block?: Buffer) => void,
  ): void;
};

declare const fieldLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export interface HutRecord {
  takenAt: Date;
  airTempC: number;
  snowDepthCm: number;
  batteryV: number;
}

const BLOCK_SIZE = 4096;
const RECORD_SIZE = 16;
const EMPTY = Buffer.alloc(0);

export class HutLinkError extends Error {
  constructor(readonly hutId: string, cause: Error) {
    super(`Satellite link to hut ${hutId} failed: ${cause.message}`, { cause });
    this.name = 'HutLinkError';
  }
}

function readBlock(hutId: string, offset: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    hutDatalogger.readBlock(hutId, offset, BLOCK_SIZE, (err, block) => {
      if (err) {
        fieldLog.warn('datalogger read failed', { hutId, offset, code: (err as NodeJS.ErrnoException).code });
        reject(new HutLinkError(hutId, err));
      }
      if (!block || block.length === 0) {
        resolve(EMPTY);
        return;
      }
      resolve(block);
    });
  });
}

function decodeRecords(block: Buffer): HutRecord[] {
  const records: HutRecord[] = [];
  for (let pos = 0; pos + RECORD_SIZE <= block.length; pos += RECORD_SIZE) {
    const epoch = block.readUInt32LE(pos);
    if (epoch === 0xffffffff) {
      break;
    }
    records.push({
      takenAt: new Date(epoch * 1000),
      airTempC: block.readInt16LE(pos + 4) / 10,
      snowDepthCm: block.readUInt16LE(pos + 6),
      batteryV: block.readUInt16LE(pos + 8) / 100,
    });
  }
  return records;
}

export async function downloadSince(hutId: string, since: Date, maxBlocks = 256): Promise<HutRecord[]> {
  const out: HutRecord[] = [];
  for (let i = 0; i < maxBlocks; i++) {
    const block = await readBlock(hutId, i * BLOCK_SIZE);
    if (block.length === 0) {
      break;
    }
    for (const record of decodeRecords(block)) {
      if (record.takenAt >= since) {
        out.push(record);
      }
    }
    if (block.length < BLOCK_SIZE) {
      break;
    }
  }
  return out;
}

export function summarize(records: HutRecord[]): { minTempC: number; maxSnowCm: number; lowBattery: boolean } {
  let minTempC = Number.POSITIVE_INFINITY;
  let maxSnowCm = 0;
  let lowBattery = false;
  for (const r of records) {
    minTempC = Math.min(minTempC, r.airTempC);
    maxSnowCm = Math.max(maxSnowCm, r.snowDepthCm);
    lowBattery ||= r.batteryV < 11.8;
  }
  return { minTempC: Number.isFinite(minTempC) ? minTempC : Number.NaN, maxSnowCm, lowBattery };
}
