// expect: require-signal-propagation
// The monitor owns an AbortController and passes its signal to the sleep, but never passes it to pyrometer.readZone(), which accepts one, so stop() cannot cancel a slow zone read.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export type Zone = 'glory-hole' | 'crucible' | 'annealer' | 'pipe-warmer';

export interface ZoneReading {
  zone: Zone;
  tempC: number;
  at: number;
}

interface Pyrometer {
  readZone(zone: Zone, opts?: { signal?: AbortSignal; samples?: number }): Promise<ZoneReading>;
}

const LIMITS: Record<Zone, { min: number; max: number }> = {
  'glory-hole': { min: 1_000, max: 1_260 },
  crucible: { min: 1_060, max: 1_150 },
  annealer: { min: 450, max: 520 },
  'pipe-warmer': { min: 400, max: 650 },
};

export class FurnaceMonitor extends EventEmitter {
  private controller: AbortController | undefined;
  private loop: Promise<void> | undefined;

  constructor(private readonly pyrometer: Pyrometer, private readonly periodMs = 5_000) {
    super();
  }

  start(zones: Zone[]) {
    if (this.controller) return;
    this.controller = new AbortController();
    this.loop = this.run(zones, this.controller.signal).catch((err) => {
      if (!this.controller?.signal.aborted) this.emit('error', err);
    });
  }

  async stop() {
    this.controller?.abort();
    await this.loop;
    this.controller = undefined;
    this.loop = undefined;
  }

  private async run(zones: Zone[], signal: AbortSignal) {
    while (!signal.aborted) {
      for (const zone of zones) {
        const reading = await this.pyrometer.readZone(zone, { samples: 8 });
        const { min, max } = LIMITS[zone];
        if (reading.tempC < min || reading.tempC > max) {
          this.emit('excursion', reading, { min, max });
        }
        this.emit('reading', reading);
      }
      await sleep(this.periodMs, undefined, { signal });
    }
  }
}

export function logExcursions(monitor: FurnaceMonitor, write: (line: string) => void) {
  monitor.on('excursion', (r: ZoneReading, limits: { min: number; max: number }) => {
    const side = r.tempC > limits.max ? 'above' : 'below';
    write(`${new Date(r.at).toISOString()} ${r.zone} ${r.tempC}°C ${side} ${limits.min}-${limits.max}°C`);
  });
}
