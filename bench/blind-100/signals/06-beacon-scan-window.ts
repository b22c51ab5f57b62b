// expect: no-leaked-race
// The timeout promise's setTimeout is never cleared when the scan wins the race, so every successful sweep leaves a live timer that holds the field unit's event loop open for the whole search window.
import { EventEmitter } from 'node:events';

export interface BuriedSignal {
  transmitterId: string;
  distanceM: number;
  directionDeg: number;
}

export interface ScanResult {
  signals: BuriedSignal[];
  multipleBurial: boolean;
}

export interface TransceiverDriver extends EventEmitter {
  startScan(): Promise<BuriedSignal[]>;
  stopScan(): void;
}

export class ScanTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`transceiver found nothing within ${ms}ms`);
    this.name = 'ScanTimeoutError';
  }
}

export class SearchWindow {
  private sweeps = 0;

  constructor(
    private readonly driver: TransceiverDriver,
    private readonly windowMs = 8000,
  ) {}

  private timeout(ms: number): Promise<never> {
    return new Promise<never>((_, reject) => {
      setTimeout(() => reject(new ScanTimeoutError(ms)), ms);
    });
  }

  async sweep(): Promise<ScanResult> {
    this.sweeps += 1;
    try {
      const signals = await Promise.race([this.driver.startScan(), this.timeout(this.windowMs)]);
      const sorted = [...signals].sort((a, b) => a.distanceM - b.distanceM);
      return { signals: sorted, multipleBurial: new Set(sorted.map((s) => s.transmitterId)).size > 1 };
    } finally {
      this.driver.stopScan();
    }
  }

  get sweepCount(): number {
    return this.sweeps;
  }
}

export function nearest(result: ScanResult): BuriedSignal | undefined {
  return result.signals[0];
}
