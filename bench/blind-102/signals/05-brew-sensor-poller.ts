// expect: none
// The catch falls back to the last good reading only for sensor failures: it first rethrows when the caller's signal is aborted, so cancellation still propagates instead of being turned into a stale reading.
import { setTimeout as sleep } from 'node:timers/promises';

export interface VesselReading {
  vessel: string;
  ph: number;
  tempC: number;
  takenAt: number;
  stale: boolean;
}

export interface PollOptions {
  gatewayUrl: string;
  intervalMs: number;
  signal: AbortSignal;
}

type Listener = (reading: VesselReading) => void;

export class BrewSensorPoller {
  private readonly lastGood = new Map<string, VesselReading>();

  constructor(private readonly vessels: string[]) {}

  async readVessel(vessel: string, opts: PollOptions): Promise<VesselReading> {
    try {
      const res = await fetch(`${opts.gatewayUrl}/vessels/${vessel}/probe`, { signal: opts.signal });
      if (!res.ok) throw new Error(`probe gateway HTTP ${res.status}`);
      const { ph, tempC } = (await res.json()) as { ph: number; tempC: number };
      const reading = { vessel, ph, tempC, takenAt: Date.now(), stale: false };
      this.lastGood.set(vessel, reading);
      return reading;
    } catch (err) {
      if (opts.signal.aborted) throw err;
      const previous = this.lastGood.get(vessel);
      if (!previous) throw err;
      return { ...previous, stale: true };
    }
  }

  async run(opts: PollOptions, onReading: Listener): Promise<void> {
    while (!opts.signal.aborted) {
      for (const vessel of this.vessels) {
        const reading = await this.readVessel(vessel, opts);
        onReading(reading);
      }
      await sleep(opts.intervalMs, undefined, { signal: opts.signal });
    }
    opts.signal.throwIfAborted();
  }
}

export function fermentationAlarm(reading: VesselReading): string | null {
  if (reading.stale) return null;
  if (reading.tempC > 29) return `${reading.vessel}: too warm (${reading.tempC.toFixed(1)}°C)`;
  if (reading.ph < 2.5) return `${reading.vessel}: too acidic (pH ${reading.ph.toFixed(2)})`;
  return null;
}
