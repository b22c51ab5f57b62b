// expect: none
// The sensor listener is synchronous and hands each async handleReading() promise a .catch at once; the tray loop awaits in for...of.
import { EventEmitter } from 'node:events';

export interface IncubatorReading {
  trayId: string;
  tempC: number;
  humidityPct: number;
  turnedAt: number;
}

export interface Tray {
  trayId: string;
  eggs: number;
  dayOfIncubation: number;
}

declare const sensorHub: EventEmitter;

declare const climate: {
  nudgeHeater(trayId: string, deltaC: number): Promise<void>;
  nudgeHumidifier(trayId: string, deltaPct: number): Promise<void>;
  turnEggs(trayId: string): Promise<void>;
};

declare const farmAlerts: {
  page(message: string): Promise<void>;
};

declare const log: {
  error(message: string, err: unknown): void;
};

const TARGET_TEMP_C = 36.2;
const TURN_INTERVAL_MS = 3 * 60 * 60 * 1000;

function targetHumidity(day: number): number {
  return day >= 39 ? 55 : 25;
}

export class IncubatorMonitor {
  private readonly trays = new Map<string, Tray>();

  constructor(trays: readonly Tray[]) {
    for (const tray of trays) {
      this.trays.set(tray.trayId, tray);
    }
  }

  start(): void {
    sensorHub.on('reading', this.onReading);
  }

  stop(): void {
    sensorHub.off('reading', this.onReading);
  }

  private readonly onReading = (reading: IncubatorReading): void => {
    this.handleReading(reading).catch((err) => log.error(`tray ${reading.trayId} handling failed`, err));
  };

  private async handleReading(reading: IncubatorReading): Promise<void> {
    const tray = this.trays.get(reading.trayId);
    if (!tray) {
      return;
    }
    const tempError = TARGET_TEMP_C - reading.tempC;
    if (Math.abs(tempError) > 1.5) {
      await farmAlerts.page(`tray ${tray.trayId} at ${reading.tempC.toFixed(1)}°C (${tray.eggs} eggs)`);
    }
    if (Math.abs(tempError) > 0.2) {
      await climate.nudgeHeater(tray.trayId, tempError / 2);
    }
    const humidityError = targetHumidity(tray.dayOfIncubation) - reading.humidityPct;
    if (Math.abs(humidityError) > 3) {
      await climate.nudgeHumidifier(tray.trayId, humidityError);
    }
  }

  async turnDueTrays(lastTurned: ReadonlyMap<string, number>, now = Date.now()): Promise<string[]> {
    const turned: string[] = [];
    for (const tray of this.trays.values()) {
      if (tray.dayOfIncubation >= 39) {
        continue;
      }
      const last = lastTurned.get(tray.trayId) ?? 0;
      if (now - last >= TURN_INTERVAL_MS) {
        await climate.turnEggs(tray.trayId);
        turned.push(tray.trayId);
      }
    }
    return turned;
  }
}
