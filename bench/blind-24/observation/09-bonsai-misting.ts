// expect: none
// Timer and listener callbacks stay synchronous and each async call they start has a .catch that routes the error to 'error'.
import { EventEmitter } from 'node:events';

export interface BenchZone {
  id: string;
  species: string;
  targetMoisture: number;
  mistSeconds: number;
}

declare const soilSensors: {
  moisture(zoneId: string): Promise<number>;
};

declare const mistValves: {
  open(zoneId: string, seconds: number): Promise<void>;
  closeAll(): Promise<void>;
};

export class MistingScheduler extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly zones: readonly BenchZone[],
    private readonly intervalMs = 5 * 60_000,
  ) {
    super();
    this.on('frost-warning', () => {
      this.stop();
      mistValves.closeAll().catch((err: unknown) => this.emit('error', err));
    });
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.tick()
        .catch((err: unknown) => this.emit('error', err))
        .finally(() => {
          this.running = false;
        });
    }, this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async tick(): Promise<void> {
    for (const zone of this.zones) {
      const moisture = await soilSensors.moisture(zone.id);
      if (moisture >= zone.targetMoisture) continue;

      // Junipers and pines get a shorter burst; their needles rot if kept wet.
      const conifer = /juniper|pine/i.test(zone.species);
      const seconds = conifer ? Math.ceil(zone.mistSeconds / 2) : zone.mistSeconds;
      await mistValves.open(zone.id, seconds);
      this.emit('misted', { zoneId: zone.id, moisture, seconds });
    }
  }
}
