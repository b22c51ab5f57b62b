// expect: no-floating-promises
// The 'reading' listener is async but EventEmitter ignores its promise, so a failed historian insert becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface ProbeReading {
  tankId: string;
  gravity: number;
  temperatureC: number;
  phValue: number;
  at: number;
}

interface ProbeBus extends EventEmitter {
  on(event: 'reading', listener: (reading: ProbeReading) => void): this;
  on(event: 'disconnect', listener: (tankId: string) => void): this;
}

declare const historian: {
  insert(reading: ProbeReading): Promise<void>;
};

declare const cellarAlerts: {
  notify(tankId: string, message: string): void;
};

const TEMPERATURE_BANDS: Record<string, [number, number]> = {
  lager: [8, 13],
  ale: [17, 22],
  saison: [22, 30],
};

export class FermentationShipper {
  private readonly lastSeen = new Map<string, ProbeReading>();
  private shipped = 0;

  constructor(
    private readonly bus: ProbeBus,
    private readonly styleByTank: Record<string, keyof typeof TEMPERATURE_BANDS>,
  ) {}

  start(): void {
    this.bus.on('reading', async (reading) => {
      const previous = this.lastSeen.get(reading.tankId);
      this.lastSeen.set(reading.tankId, reading);
      this.checkBand(reading);
      if (previous && this.isStalled(previous, reading)) {
        cellarAlerts.notify(reading.tankId, 'gravity has not moved in 48 h; check yeast health');
      }
      await historian.insert(reading);
      this.shipped++;
    });

    this.bus.on('disconnect', (tankId) => {
      cellarAlerts.notify(tankId, 'probe disconnected');
    });
  }

  stats(): { shipped: number; tanks: number } {
    return { shipped: this.shipped, tanks: this.lastSeen.size };
  }

  private checkBand(reading: ProbeReading): void {
    const style = this.styleByTank[reading.tankId];
    if (!style) return;
    const [low, high] = TEMPERATURE_BANDS[style];
    if (reading.temperatureC < low || reading.temperatureC > high) {
      cellarAlerts.notify(
        reading.tankId,
        `${reading.temperatureC.toFixed(1)}°C outside ${style} band ${low}-${high}°C`,
      );
    }
  }

  private isStalled(previous: ProbeReading, current: ProbeReading): boolean {
    const hours = (current.at - previous.at) / 3_600_000;
    return hours >= 48 && Math.abs(previous.gravity - current.gravity) < 0.001 && current.gravity > 1.015;
  }
}
