// expect: no-leaked-race
// The timeout promise raced against burst detection starts a setTimeout that is never cleared, so after a burst is detected the timer keeps the process alive for up to three hours and rejects into nothing.
import { on, once, type EventEmitter } from 'node:events';

export interface AscentFrame {
  altitudeM: number;
  ascentRateMs: number;
  t: number;
}

export interface GroundReceiver extends EventEmitter {
  tune(frequencyMhz: number): void;
}

export interface BurstEvent {
  flightId: string;
  burstAltitudeM: number;
  secondsAfterLaunch: number;
}

export class AscentWatcher {
  private peak: AscentFrame | undefined;

  constructor(
    private readonly receiver: GroundReceiver,
    private readonly flightId: string,
  ) {
    receiver.on('frame', (frame: AscentFrame) => {
      if (!this.peak || frame.altitudeM > this.peak.altitudeM) this.peak = frame;
    });
  }

  private async detectBurst(launchT: number, signal: AbortSignal): Promise<BurstEvent> {
    let descending = 0;
    for await (const [frame] of on(this.receiver, 'frame', { signal })) {
      const f = frame as AscentFrame;
      descending = f.ascentRateMs < -3 ? descending + 1 : 0;
      if (descending >= 5 && this.peak) {
        return {
          flightId: this.flightId,
          burstAltitudeM: this.peak.altitudeM,
          secondsAfterLaunch: Math.round(this.peak.t - launchT),
        };
      }
    }
    throw new Error(`receiver closed before burst of ${this.flightId}`);
  }

  async waitForBurst(launchT: number, frequencyMhz: number, maxFlightMs = 3 * 60 * 60 * 1000): Promise<BurstEvent> {
    this.receiver.tune(frequencyMhz);
    const controller = new AbortController();

    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`no burst detected for ${this.flightId} within ${maxFlightMs}ms`)), maxFlightMs);
    });

    try {
      return await Promise.race([this.detectBurst(launchT, controller.signal), timeout]);
    } finally {
      controller.abort();
    }
  }

  async waitForLock(frequencyMhz: number, signal?: AbortSignal): Promise<void> {
    this.receiver.tune(frequencyMhz);
    await once(this.receiver, 'lock', { signal });
  }
}
