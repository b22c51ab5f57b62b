// expect: none
// latest is written by the 'reading' listener and by a .then callback, but it is only read after awaiting once(...) or the .then chain itself, i.e. after those callbacks have run.
import { EventEmitter, once } from 'node:events';

export interface PhReading {
  vatId: string;
  ph: number;
  tempC: number;
  at: number;
}

export interface DelimeResult {
  vatId: string;
  finalPh: number;
  readings: number;
  minutes: number;
}

interface VatProbe extends EventEmitter {
  vatId: string;
  calibrate(): Promise<{ offset: number }>;
}

declare const acidDoser: {
  dose(vatId: string, millilitres: number): Promise<void>;
};

const TARGET_PH = 8.5;
const MAX_READINGS = 120;

export class DelimingWatch {
  private latest?: PhReading;
  private offset = 0;
  private count = 0;

  constructor(private readonly probe: VatProbe) {
    probe.on('reading', (reading: PhReading) => {
      this.latest = reading;
      this.count += 1;
    });
  }

  private adjustedPh(): number {
    if (!this.latest) throw new Error(`no pH reading yet for vat ${this.probe.vatId}`);
    return this.latest.ph + this.offset;
  }

  async run(): Promise<DelimeResult> {
    let calibratedAt = 0;
    await this.probe.calibrate().then(({ offset }) => {
      this.offset = offset;
      calibratedAt = Date.now();
    });
    const startedCount = this.count;

    while (this.count - startedCount < MAX_READINGS) {
      await once(this.probe, 'reading');
      const ph = this.adjustedPh();
      if (ph <= TARGET_PH) {
        return {
          vatId: this.probe.vatId,
          finalPh: ph,
          readings: this.count - startedCount,
          minutes: Math.round((Date.now() - calibratedAt) / 60_000),
        };
      }
      if ((this.count - startedCount) % 10 === 0) {
        const excess = ph - TARGET_PH;
        await acidDoser.dose(this.probe.vatId, Math.min(500, Math.round(excess * 200)));
      }
    }
    throw new Error(`vat ${this.probe.vatId} still at pH ${this.adjustedPh().toFixed(2)} after ${MAX_READINGS} readings`);
  }
}
