// expect: none
// Async functions are passed as callbacks (setInterval, emitter listener, array map) where a function is expected, and each is invoked by its consumer.
import { EventEmitter } from 'node:events';

export interface InverterSample {
  inverterId: string;
  acPowerW: number;
  dcVoltage: number;
  tempC: number;
  faultCode: number | null;
  takenAt: number;
}

declare const modbus: {
  readRegisters(inverterId: string): Promise<Omit<InverterSample, 'takenAt'>>;
};
declare const historian: {
  write(samples: InverterSample[]): Promise<void>;
};
declare const alarms: {
  raise(inverterId: string, code: number): Promise<void>;
};

export class InverterTelemetry extends EventEmitter {
  private timer?: NodeJS.Timeout;
  private buffer: InverterSample[] = [];

  constructor(private readonly inverterIds: string[], private readonly intervalMs = 5000) {
    super();
    this.on('fault', this.handleFault);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(this.pollAll, this.intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private readonly pollAll = async (): Promise<void> => {
    const results = await Promise.allSettled(this.inverterIds.map(this.readOne));
    for (const r of results) {
      if (r.status === 'fulfilled') {
        this.buffer.push(r.value);
        if (r.value.faultCode !== null) this.emit('fault', r.value);
      } else {
        this.emit('error', r.reason);
      }
    }
    if (this.buffer.length >= 100) await this.flush();
  };

  private readonly readOne = async (inverterId: string): Promise<InverterSample> => {
    const regs = await modbus.readRegisters(inverterId);
    return { ...regs, takenAt: Date.now() };
  };

  private readonly handleFault = async (sample: InverterSample): Promise<void> => {
    try {
      await alarms.raise(sample.inverterId, sample.faultCode ?? 0);
    } catch (err) {
      this.emit('error', err);
    }
  };

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer.splice(0, this.buffer.length);
    try {
      await historian.write(batch);
    } catch (err) {
      this.buffer.unshift(...batch);
      this.emit('error', err);
    }
  }

  peakOutput(windowMs: number): number {
    const since = Date.now() - windowMs;
    return this.buffer
      .filter((s) => s.takenAt >= since)
      .reduce((max, s) => Math.max(max, s.acPowerW), 0);
  }
}
