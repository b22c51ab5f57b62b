// expect: none
// Look-alike: visibility set by the 'reading' listener is only read inside the listener or after awaiting once(), never synchronously after registration.
import { EventEmitter, once } from 'node:events';

interface VisibilityReading {
  stationId: string;
  metres: number;
  takenAt: Date;
}

declare const visibilitySensor: EventEmitter & {
  requestReading(): void;
};

declare const hornRelay: {
  setPattern(pattern: 'off' | 'fog' | 'dense-fog'): Promise<void>;
};

const FOG_THRESHOLD_M = 2000;
const DENSE_FOG_THRESHOLD_M = 500;

export class FoghornController {
  private lastVisibility: number | undefined;
  private pattern: 'off' | 'fog' | 'dense-fog' = 'off';
  private pollTimer: NodeJS.Timeout | undefined;

  start(pollMs = 60_000): void {
    visibilitySensor.on('reading', (r: VisibilityReading) => {
      this.lastVisibility = r.metres;
      void this.applyVisibility(r.metres);
    });
    this.pollTimer = setInterval(() => visibilitySensor.requestReading(), pollMs);
    visibilitySensor.requestReading();
  }

  stop(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = undefined;
    visibilitySensor.removeAllListeners('reading');
  }

  /** Used by the keeper's console to force an immediate check. */
  async checkNow(timeoutMs = 10_000): Promise<number> {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), timeoutMs);
    try {
      const pending = once(visibilitySensor, 'reading', { signal: ac.signal });
      visibilitySensor.requestReading();
      const [reading] = (await pending) as [VisibilityReading];
      return reading.metres;
    } finally {
      clearTimeout(timer);
    }
  }

  status(): string {
    const vis = this.lastVisibility === undefined ? 'unknown' : `${this.lastVisibility} m`;
    return `horn ${this.pattern}, visibility ${vis}`;
  }

  private async applyVisibility(metres: number): Promise<void> {
    let next: 'off' | 'fog' | 'dense-fog' = 'off';
    if (metres < DENSE_FOG_THRESHOLD_M) next = 'dense-fog';
    else if (metres < FOG_THRESHOLD_M) next = 'fog';
    if (next === this.pattern) return;
    await hornRelay.setPattern(next);
    this.pattern = next;
    console.log(`foghorn pattern -> ${next} (visibility ${metres} m)`);
  }
}
