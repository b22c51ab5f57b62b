// expect: none
// `ready` and `inflight` are promise-valued properties, so awaiting or returning them is correct; onFrameLoaded is a bound handler meant to be passed uncalled.
import { EventEmitter } from 'node:events';

export interface FrameBatch {
  batchId: string;
  apiary: string;
  frames: number;
  moisturePct: number;
}

export interface SpinResult {
  batchId: string;
  kgExtracted: number;
  spinSeconds: number;
}

declare const extractorLine: EventEmitter & {
  connect(): Promise<void>;
  spin(batch: FrameBatch): Promise<SpinResult>;
};

declare const tankFarm: {
  route(result: SpinResult, grade: 'table' | 'bakery'): Promise<string>;
};

const MAX_MOISTURE = 18.6;

export class ExtractionQueue {
  readonly ready: Promise<void>;
  private inflight: Promise<SpinResult[]> | null = null;
  private readonly waiting: FrameBatch[] = [];
  private rejectedForMoisture: string[] = [];

  constructor() {
    this.ready = extractorLine.connect();
    // callers see a connect failure through drain(); don't let it count as unhandled before then
    this.ready.catch(() => undefined);
    extractorLine.on('frame-loaded', this.onFrameLoaded);
  }

  private onFrameLoaded = (batch: FrameBatch): void => {
    if (batch.moisturePct > MAX_MOISTURE) {
      this.rejectedForMoisture.push(batch.batchId);
      return;
    }
    this.waiting.push(batch);
  };

  dispose(): void {
    extractorLine.off('frame-loaded', this.onFrameLoaded);
  }

  /** Concurrent callers share the same run instead of double-spinning batches. */
  drain(): Promise<SpinResult[]> {
    if (!this.inflight) {
      this.inflight = this.runDrain().finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  private async runDrain(): Promise<SpinResult[]> {
    await this.ready;
    const results: SpinResult[] = [];
    while (this.waiting.length > 0) {
      const batch = this.waiting.shift()!;
      const result = await extractorLine.spin(batch);
      const grade = batch.moisturePct <= 17.5 ? 'table' : 'bakery';
      await tankFarm.route(result, grade);
      results.push(result);
    }
    return results;
  }

  takeMoistureRejections(): string[] {
    const rejected = this.rejectedForMoisture;
    this.rejectedForMoisture = [];
    return rejected;
  }
}

export async function endOfDayReport(queue: ExtractionQueue): Promise<string> {
  const results = await queue.drain();
  const total = results.reduce((sum, r) => sum + r.kgExtracted, 0);
  const rejected = queue.takeMoistureRejections();
  return [
    `batches spun: ${results.length}`,
    `honey extracted: ${total.toFixed(1)} kg`,
    `held back for moisture: ${rejected.length ? rejected.join(', ') : 'none'}`,
  ].join('\n');
}
