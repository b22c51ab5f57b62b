// expect: no-floating-promises
// Bug: an async listener is registered on an EventEmitter, which ignores the returned promise, so a failed draw-off rejects with nobody handling it.
import { EventEmitter } from 'node:events';

export interface PanReading {
  panId: string;
  tempC: number;
  brix: number;
  levelCm: number;
}

declare const drawOffValve: {
  open(panId: string, seconds: number): Promise<{ litres: number }>;
};

declare const batchLog: {
  recordDrawOff(entry: { panId: string; brix: number; litres: number; at: Date }): Promise<void>;
};

declare const feedFloat: {
  setLevel(panId: string, levelCm: number): void;
};

const BOILING_POINT_WATER_C = 100;
const DRAW_OFF_DELTA_C = 4.1;
const TARGET_BRIX = 66.5;
const MIN_LEVEL_CM = 3;

export class EvaporatorMonitor {
  private readonly lastDraw = new Map<string, number>();

  constructor(private readonly sensors: EventEmitter, private readonly cooldownMs = 90_000) {}

  start(): void {
    this.sensors.on('reading', async (reading: PanReading) => {
      this.maintainLevel(reading);
      if (!this.readyToDraw(reading)) return;
      this.lastDraw.set(reading.panId, Date.now());
      const { litres } = await drawOffValve.open(reading.panId, this.drawSeconds(reading));
      await batchLog.recordDrawOff({ panId: reading.panId, brix: reading.brix, litres, at: new Date() });
    });
  }

  private maintainLevel(reading: PanReading): void {
    if (reading.levelCm < MIN_LEVEL_CM) {
      feedFloat.setLevel(reading.panId, MIN_LEVEL_CM + 1);
    }
  }

  private readyToDraw(reading: PanReading): boolean {
    const last = this.lastDraw.get(reading.panId) ?? 0;
    if (Date.now() - last < this.cooldownMs) return false;
    return reading.tempC >= BOILING_POINT_WATER_C + DRAW_OFF_DELTA_C || reading.brix >= TARGET_BRIX;
  }

  private drawSeconds(reading: PanReading): number {
    const overshoot = Math.max(0, reading.brix - TARGET_BRIX);
    return Math.min(20, 6 + Math.round(overshoot * 4));
  }
}

export function densityFromBrix(brix: number): number {
  return 1 + brix / (258.6 - (brix / 258.2) * 227.1);
}
