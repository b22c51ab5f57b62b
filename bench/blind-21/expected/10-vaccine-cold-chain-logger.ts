// expect: none
// `isCalibrated` is a boolean getter, the handle's `flush` is deliberately a function for the caller to invoke, and the readiness promise is awaited repeatedly only to reuse one calibration.
import { EventEmitter } from 'node:events';
import { appendFile } from 'node:fs/promises';

export interface ProbeReading {
  shipmentId: string;
  probeId: string;
  tempC: number;
  at: number;
}

export interface LoggerHandle {
  flush: () => Promise<number>;
  readonly pending: number;
}

declare const probeLink: EventEmitter & {
  calibrate(probeId: string): Promise<{ offsetC: number }>;
};

export class ColdChainLogger {
  private readonly buffer: ProbeReading[] = [];
  private offsetC: number | null = null;
  private readonly ready: Promise<void>;

  constructor(
    private readonly probeId: string,
    private readonly logPath: string,
    private readonly range: { minC: number; maxC: number } = { minC: 2, maxC: 8 },
  ) {
    this.ready = probeLink.calibrate(probeId).then(({ offsetC }) => {
      this.offsetC = offsetC;
    });
  }

  get isCalibrated(): boolean {
    return this.offsetC !== null;
  }

  private onReading = async (reading: ProbeReading): Promise<void> => {
    if (reading.probeId !== this.probeId) return;
    if (!this.isCalibrated) await this.ready;
    const corrected = { ...reading, tempC: reading.tempC + (this.offsetC ?? 0) };
    this.buffer.push(corrected);
    if (corrected.tempC < this.range.minC || corrected.tempC > this.range.maxC) {
      probeLink.emit('excursion', corrected);
      await this.flush();
    }
  };

  private handleReading = (reading: ProbeReading): void => {
    this.onReading(reading).catch((err) => probeLink.emit('logger-error', err));
  };

  flush = async (): Promise<number> => {
    await this.ready;
    if (this.buffer.length === 0) return 0;
    const batch = this.buffer.splice(0, this.buffer.length);
    const lines = batch.map((r) => JSON.stringify(r)).join('\n') + '\n';
    await appendFile(this.logPath, lines, 'utf8');
    return batch.length;
  };

  attach(): LoggerHandle {
    probeLink.on('reading', this.handleReading);
    const buffer = this.buffer;
    return {
      flush: this.flush,
      get pending() {
        return buffer.length;
      },
    };
  }

  async detach(): Promise<number> {
    probeLink.off('reading', this.handleReading);
    return this.flush();
  }
}

export async function closeShipment(handles: LoggerHandle[]): Promise<number> {
  const written = await Promise.all(handles.map((h) => h.flush()));
  return written.reduce((a, b) => a + b, 0);
}
