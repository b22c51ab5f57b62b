// expect: no-floating-promises
// onSample calls the async raiseInterlock() as a bare statement inside try/catch, so the catch never sees its rejection and the promise is dropped.
import { EventEmitter } from 'node:events';

export interface GondolaSample {
  gondola: number;
  doorClosed: boolean;
  doorLocked: boolean;
  loadKg: number;
  swingDeg: number;
  at: number;
}

export interface WheelState {
  moving: boolean;
  rpm: number;
  windKmh: number;
}

declare const telemetry: EventEmitter;

declare const wheelControl: {
  state(): WheelState;
  emergencySlow(reason: string): Promise<void>;
  holdAtPlatform(gondola: number): Promise<void>;
};

declare const pager: {
  notify(team: 'operators' | 'maintenance', message: string): Promise<void>;
};

declare const history: {
  appendBatch(samples: GondolaSample[]): Promise<void>;
};

declare const log: {
  error(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_LOAD_KG = 640;
const MAX_SWING_DEG = 6;
const FLUSH_EVERY_MS = 5_000;

export class GondolaMonitor {
  private buffer: GondolaSample[] = [];
  private readonly tripped = new Set<number>();
  private flushTimer?: NodeJS.Timeout;

  start(): void {
    telemetry.on('sample', (sample: GondolaSample) => this.onSample(sample));
    this.flushTimer = setInterval(() => {
      this.flush().catch((err: unknown) => log.error('telemetry flush failed', { error: String(err) }));
    }, FLUSH_EVERY_MS);
  }

  stop(): Promise<void> {
    clearInterval(this.flushTimer);
    telemetry.removeAllListeners('sample');
    return this.flush();
  }

  private onSample(sample: GondolaSample): void {
    this.buffer.push(sample);
    const wheel = wheelControl.state();

    if (sample.loadKg > MAX_LOAD_KG) {
      log.warn('gondola overloaded', { gondola: sample.gondola, loadKg: sample.loadKg });
    }

    const unsafe = wheel.moving && (!sample.doorClosed || !sample.doorLocked || sample.swingDeg > MAX_SWING_DEG);
    if (!unsafe || this.tripped.has(sample.gondola)) {
      return;
    }

    this.tripped.add(sample.gondola);
    try {
      this.raiseInterlock(sample, wheel);
    } catch (err) {
      log.error('interlock escalation failed', { gondola: sample.gondola, error: String(err) });
    }
  }

  private async raiseInterlock(sample: GondolaSample, wheel: WheelState): Promise<void> {
    const reason = !sample.doorClosed
      ? `door open on gondola ${sample.gondola}`
      : !sample.doorLocked
        ? `door unlocked on gondola ${sample.gondola}`
        : `gondola ${sample.gondola} swinging ${sample.swingDeg.toFixed(1)}° at ${wheel.windKmh} km/h wind`;

    await wheelControl.emergencySlow(reason);
    await wheelControl.holdAtPlatform(sample.gondola);
    await pager.notify('operators', `Interlock: ${reason}. Wheel slowing, gondola held for platform.`);
  }

  clearTrip(gondola: number): void {
    this.tripped.delete(gondola);
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) {
      return;
    }
    const batch = this.buffer;
    this.buffer = [];
    await history.appendBatch(batch);
  }
}
