// expect: no-uncalled-async-function
// The shutdown Promise.all lists `this.persistSchedule` without calling it, so the misting schedule is silently never saved on shutdown.
import { writeFile, rename } from 'node:fs/promises';
import { EventEmitter } from 'node:events';

export interface MistingZone {
  id: string;
  valvePin: number;
  intervalMin: number;
  durationSec: number;
  lastRunAt: number | null;
}

declare const gpio: {
  write(pin: number, level: 0 | 1): Promise<void>;
};

declare const opsChannel: {
  post(message: string): Promise<void>;
};

export class MistingController extends EventEmitter {
  private zones = new Map<string, MistingZone>();
  private ticker: NodeJS.Timeout | null = null;

  constructor(private readonly schedulePath: string) {
    super();
  }

  addZone(zone: MistingZone): void {
    this.zones.set(zone.id, zone);
  }

  start(): void {
    this.ticker = setInterval(() => {
      this.tick(Date.now()).catch((err) => this.emit('error', err));
    }, 15_000);
  }

  private async tick(now: number): Promise<void> {
    for (const zone of this.zones.values()) {
      const due = zone.lastRunAt === null || now - zone.lastRunAt >= zone.intervalMin * 60_000;
      if (!due) continue;
      await gpio.write(zone.valvePin, 1);
      setTimeout(() => {
        gpio.write(zone.valvePin, 0).catch((err) => this.emit('error', err));
      }, zone.durationSec * 1000);
      zone.lastRunAt = now;
      this.emit('misted', zone.id);
    }
  }

  private async closeAllValves(): Promise<void> {
    await Promise.all([...this.zones.values()].map((z) => gpio.write(z.valvePin, 0)));
  }

  private async persistSchedule(): Promise<void> {
    const tmp = `${this.schedulePath}.tmp`;
    const body = JSON.stringify([...this.zones.values()], null, 2);
    await writeFile(tmp, body, 'utf8');
    await rename(tmp, this.schedulePath);
  }

  async shutdown(reason: string): Promise<void> {
    if (this.ticker) {
      clearInterval(this.ticker);
      this.ticker = null;
    }
    await Promise.all([this.closeAllValves(), this.persistSchedule, opsChannel.post(`Greenhouse misting stopped: ${reason}`)]);
    this.emit('stopped', reason);
  }
}
