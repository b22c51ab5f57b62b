// expect: no-multiple-settle
// The stored deferred is resolved on every reading above the cutoff and never cleared, so it is settled repeatedly and the next batch's waitForHeartsCut() returns the already-resolved promise.
import { EventEmitter } from 'node:events';

export interface StillReading {
  stillId: string;
  vaporTempC: number;
  condensateMlPerMin: number;
  takenAt: number;
}

interface ThermocoupleBus extends EventEmitter {
  on(event: 'reading', listener: (r: StillReading) => void): this;
  on(event: 'disconnected', listener: (reason: string) => void): this;
}

declare const bus: ThermocoupleBus;
declare const audit: { note(stillId: string, message: string): void };

/**
 * Lavender distillation: the first fraction ("heads") carries camphor notes and is
 * diverted; once vapour temperature settles above the cutoff the hearts are collected.
 */
export class HeartsCutWatch {
  private waiter: PromiseWithResolvers<StillReading> | undefined;
  private lastReading: StillReading | undefined;
  private stableSince: number | undefined;

  constructor(
    private readonly stillId: string,
    private readonly cutoffC = 96.5,
    private readonly stableForMs = 45_000,
  ) {
    bus.on('reading', this.onReading);
    bus.on('disconnected', this.onDisconnected);
  }

  waitForHeartsCut(): Promise<StillReading> {
    if (!this.waiter) {
      this.waiter = Promise.withResolvers<StillReading>();
      this.stableSince = undefined;
    }
    return this.waiter.promise;
  }

  get latest(): StillReading | undefined {
    return this.lastReading;
  }

  dispose(): void {
    bus.off('reading', this.onReading);
    bus.off('disconnected', this.onDisconnected);
    if (this.waiter) {
      this.waiter.reject(new Error(`watch on ${this.stillId} disposed`));
      this.waiter = undefined;
    }
  }

  private readonly onReading = (reading: StillReading): void => {
    if (reading.stillId !== this.stillId) return;
    this.lastReading = reading;

    if (reading.vaporTempC < this.cutoffC) {
      this.stableSince = undefined;
      return;
    }
    this.stableSince ??= reading.takenAt;
    if (reading.takenAt - this.stableSince < this.stableForMs) return;

    if (this.waiter) {
      audit.note(this.stillId, `hearts cut at ${reading.vaporTempC.toFixed(1)}°C`);
      this.waiter.resolve(reading);
    }
  };

  private readonly onDisconnected = (reason: string): void => {
    if (this.waiter) {
      this.waiter.reject(new Error(`thermocouple bus lost during ${this.stillId} run: ${reason}`));
      this.waiter = undefined;
    }
  };
}

export async function runBatch(watch: HeartsCutWatch, divertHeads: () => void, collectHearts: () => void): Promise<number> {
  divertHeads();
  const cut = await watch.waitForHeartsCut();
  collectHearts();
  return cut.takenAt;
}
