// expect: no-multiple-settle
// In the spinDown callback the error branch calls reject() but does not return, so a failed spin still falls through to log the batch as extracted and call resolve(), recording honey that was never spun out.
export interface Frame {
  hiveId: string;
  cappedPercent: number;
  weightGrams: number;
}

export interface SpinReport {
  rpm: number;
  seconds: number;
  drainedGrams: number;
}

export interface ExtractorController {
  load(frames: Frame[]): void;
  spin(rpm: number, seconds: number): void;
  spinDown(cb: (err: Error | null, report?: SpinReport) => void): void;
}

export interface ExtractedBatch {
  batchId: string;
  hives: string[];
  grams: number;
  finishedAt: Date;
}

const MIN_CAPPED = 80;

export class ExtractionRoom {
  readonly ledger: ExtractedBatch[] = [];
  private sequence = 0;

  constructor(private readonly extractor: ExtractorController) {}

  private nextBatchId(): string {
    this.sequence += 1;
    return `B${new Date().getFullYear()}-${String(this.sequence).padStart(4, '0')}`;
  }

  runBatch(frames: Frame[], rpm = 300, seconds = 420): Promise<ExtractedBatch> {
    const ready = frames.filter((f) => f.cappedPercent >= MIN_CAPPED);
    if (ready.length === 0) {
      return Promise.reject(new Error('no frames are capped enough to extract'));
    }

    return new Promise<ExtractedBatch>((resolve, reject) => {
      this.extractor.load(ready);
      this.extractor.spin(rpm, seconds);
      this.extractor.spinDown((err, report) => {
        if (err || !report) {
          reject(err ?? new Error('extractor returned no spin report'));
        }
        const batch: ExtractedBatch = {
          batchId: this.nextBatchId(),
          hives: [...new Set(ready.map((f) => f.hiveId))],
          grams: report?.drainedGrams ?? 0,
          finishedAt: new Date(),
        };
        this.ledger.push(batch);
        resolve(batch);
      });
    });
  }

  totalGrams(): number {
    return this.ledger.reduce((sum, b) => sum + b.grams, 0);
  }
}

export async function extractYard(room: ExtractionRoom, supers: Frame[][]): Promise<number> {
  for (const frames of supers) {
    const batch = await room.runBatch(frames);
    console.log(`[honey] ${batch.batchId}: ${(batch.grams / 1000).toFixed(1)} kg from ${batch.hives.join(', ')}`);
  }
  return room.totalGrams();
}
