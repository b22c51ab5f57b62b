// expect: none
// The executor resolves on the sink's 'finish' and rejects on 'error' from either stream; source errors are forwarded by destroying the sink, so it settles exactly once.
import { createWriteStream } from "node:fs";
import type { Readable } from "node:stream";
import { createGzip } from "node:zlib";

export interface FrameBatch {
  batchId: string;
  hiveYard: string;
  frames: number;
  moisturePct: number;
}

export interface ExtractionRecord {
  batchId: string;
  archive: string;
  kilograms: number;
  grade: "A" | "B" | "reject";
}

declare const extractorLine: {
  /** Emits one CSV line per spin cycle while the batch is processed. */
  spin(batch: FrameBatch): Readable;
  weigh(batchId: string): Promise<number>;
};
declare const lotLedger: {
  record(entry: ExtractionRecord): Promise<void>;
};

const ARCHIVE_DIR = "/srv/honey/cycle-logs";
const MAX_MOISTURE_GRADE_A = 18.0;
const MAX_MOISTURE_GRADE_B = 20.0;

export function gradeFor(moisturePct: number): ExtractionRecord["grade"] {
  if (moisturePct <= MAX_MOISTURE_GRADE_A) return "A";
  if (moisturePct <= MAX_MOISTURE_GRADE_B) return "B";
  return "reject";
}

function archiveCycleLog(source: Readable, file: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const gzip = createGzip();
    const sink = createWriteStream(file);

    const fail = (err: Error) => {
      source.unpipe(gzip);
      gzip.destroy();
      sink.destroy();
      reject(err);
    };

    source.once("error", fail);
    gzip.once("error", fail);
    sink.once("error", fail);
    sink.once("finish", () => {
      source.off("error", fail);
      gzip.off("error", fail);
      sink.off("error", fail);
      resolve();
    });

    source.pipe(gzip).pipe(sink);
  });
}

export class ExtractionLine {
  private running = 0;

  constructor(private readonly maxParallel = 2) {}

  get busy(): boolean {
    return this.running >= this.maxParallel;
  }

  async process(batch: FrameBatch): Promise<ExtractionRecord> {
    if (this.busy) {
      throw new Error(`line saturated: ${this.running} batches already spinning`);
    }
    if (batch.frames <= 0) {
      throw new RangeError(`batch ${batch.batchId} has no frames`);
    }
    this.running += 1;
    try {
      const archive = `${ARCHIVE_DIR}/${batch.hiveYard}-${batch.batchId}.csv.gz`;
      await archiveCycleLog(extractorLine.spin(batch), archive);

      const kilograms = await extractorLine.weigh(batch.batchId);
      const record: ExtractionRecord = {
        batchId: batch.batchId,
        archive,
        kilograms: Math.round(kilograms * 100) / 100,
        grade: gradeFor(batch.moisturePct),
      };
      await lotLedger.record(record);
      return record;
    } finally {
      this.running -= 1;
    }
  }
}
