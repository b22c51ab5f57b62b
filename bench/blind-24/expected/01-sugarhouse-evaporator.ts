// expect: no-uncalled-async-function
// close() puts the flushTapReadings method itself into Promise.all instead of calling it, so buffered tap readings are never sent when a batch closes.
import { EventEmitter } from 'node:events';

export interface TapReading {
  line: string;
  brix: number;
  litres: number;
  takenAt: Date;
}

interface BoilLogEntry {
  batchId: string;
  sapLitres: number;
  syrupLitres: number;
  averageBrix: number;
  grade: string;
}

declare const sugarbushApi: {
  postReadings(batch: TapReading[]): Promise<void>;
  postBoilLog(entry: BoilLogEntry): Promise<void>;
};

// Colour grading is done on the finished syrup, but the sap sugar content
// is a decent early predictor and the co-op wants it on the log.
function predictedGrade(averageBrix: number): string {
  if (averageBrix >= 3) return 'Golden, Delicate Taste';
  if (averageBrix >= 2.2) return 'Amber, Rich Taste';
  if (averageBrix >= 1.6) return 'Dark, Robust Taste';
  return 'Very Dark, Strong Taste';
}

export class EvaporatorSession extends EventEmitter {
  private pending: TapReading[] = [];
  private sapLitres = 0;
  private brixWeighted = 0;
  private syrupLitres = 0;
  private closed = false;

  constructor(
    private readonly batchId: string,
    private readonly flushEvery = 25,
  ) {
    super();
  }

  record(reading: TapReading): void {
    if (this.closed) throw new Error(`batch ${this.batchId} is already closed`);
    this.pending.push(reading);
    this.sapLitres += reading.litres;
    this.brixWeighted += reading.brix * reading.litres;
    if (this.pending.length >= this.flushEvery) {
      this.flushTapReadings().catch((err) => this.emit('error', err));
    }
  }

  drawOff(litres: number): void {
    this.syrupLitres += litres;
    this.emit('draw', { batchId: this.batchId, litres });
  }

  async flushTapReadings(): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending.splice(0, this.pending.length);
    try {
      await sugarbushApi.postReadings(batch);
    } catch (err) {
      // put them back so the next flush picks them up
      this.pending.unshift(...batch);
      throw err;
    }
    this.emit('flushed', batch.length);
    return batch.length;
  }

  private async writeBoilLog(): Promise<void> {
    const averageBrix = this.sapLitres > 0 ? this.brixWeighted / this.sapLitres : 0;
    await sugarbushApi.postBoilLog({
      batchId: this.batchId,
      sapLitres: Math.round(this.sapLitres),
      syrupLitres: Number(this.syrupLitres.toFixed(1)),
      averageBrix: Number(averageBrix.toFixed(2)),
      grade: predictedGrade(averageBrix),
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([this.flushTapReadings, this.writeBoilLog()]);
    this.emit('closed', this.batchId);
  }
}
