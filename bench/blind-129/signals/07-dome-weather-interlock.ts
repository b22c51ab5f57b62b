// expect: none
// The interlock's backoff between weather-station polls uses the timers/promises sleep with the caller's signal and the fetch also receives it, so stopping the interlock cancels both.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WeatherSnapshot {
  rainDetected: boolean;
  windGustMs: number;
  humidityPct: number;
  cloudCoverPct: number;
}

export interface ShutterActuator {
  close(reason: string): Promise<void>;
  isOpen(): Promise<boolean>;
}

export interface InterlockOptions {
  signal: AbortSignal;
  pollMs?: number;
  maxBackoffMs?: number;
}

const LIMITS = { gustMs: 14, humidityPct: 90 };

export class DomeWeatherInterlock {
  constructor(
    private readonly stationUrl: string,
    private readonly shutter: ShutterActuator,
  ) {}

  private unsafeReason(w: WeatherSnapshot): string | undefined {
    if (w.rainDetected) return 'rain';
    if (w.windGustMs > LIMITS.gustMs) return `gusts ${w.windGustMs}m/s`;
    if (w.humidityPct > LIMITS.humidityPct) return `humidity ${w.humidityPct}%`;
    return undefined;
  }

  async run({ signal, pollMs = 15_000, maxBackoffMs = 120_000 }: InterlockOptions): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      let delay = pollMs;
      try {
        const res = await fetch(this.stationUrl, { signal });
        if (!res.ok) throw new Error(`weather station ${res.status}`);
        const snapshot = (await res.json()) as WeatherSnapshot;
        failures = 0;
        const reason = this.unsafeReason(snapshot);
        if (reason && (await this.shutter.isOpen())) {
          await this.shutter.close(reason);
        }
      } catch (err) {
        if (signal.aborted) throw err;
        failures += 1;
        if (failures >= 3 && (await this.shutter.isOpen())) {
          await this.shutter.close('weather station unreachable');
        }
        delay = Math.min(pollMs * 2 ** failures, maxBackoffMs);
      }
      await sleep(delay, undefined, { signal });
    }
  }
}
