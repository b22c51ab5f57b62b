// expect: none
// The reading listener is synchronous and routes each async handleReading() rejection through .catch to the error event, so nothing is dropped.
import { EventEmitter } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface TankReading {
  tankId: string;
  dissolvedO2: number; // mg/L
  waterTempC: number;
  ph: number;
  at: Date;
}

declare const aerators: {
  boost(tankId: string, minutes: number): Promise<void>;
};

declare const pager: {
  notify(team: 'night-shift' | 'biologist', message: string): Promise<void>;
};

const LIMITS = { minO2: 6.5, maxTempC: 14, minPh: 6.5, maxPh: 8.5 };

function parseLine(line: string): TankReading | null {
  const [tankId, o2, temp, ph, ts] = line.split(',');
  if (!tankId || !ts) return null;
  const reading = {
    tankId,
    dissolvedO2: Number(o2),
    waterTempC: Number(temp),
    ph: Number(ph),
    at: new Date(ts),
  };
  return Number.isNaN(reading.dissolvedO2) ? null : reading;
}

export class TankMonitor extends EventEmitter {
  private readonly boosting = new Set<string>();

  watch(source: Readable): void {
    const rl = createInterface({ input: source, crlfDelay: Infinity });
    rl.on('line', (line) => {
      const reading = parseLine(line);
      if (reading) this.emit('reading', reading);
    });
    rl.on('close', () => this.emit('end'));

    this.on('reading', (reading: TankReading) => {
      this.handleReading(reading).catch((err: unknown) => this.emit('error', err));
    });
  }

  private async handleReading(r: TankReading): Promise<void> {
    if (r.dissolvedO2 < LIMITS.minO2 && !this.boosting.has(r.tankId)) {
      this.boosting.add(r.tankId);
      try {
        await aerators.boost(r.tankId, 20);
        await pager.notify('night-shift', `${r.tankId}: O2 ${r.dissolvedO2} mg/L, aerators boosted`);
      } finally {
        this.boosting.delete(r.tankId);
      }
    }

    if (r.waterTempC > LIMITS.maxTempC) {
      await pager.notify('biologist', `${r.tankId}: water at ${r.waterTempC}°C`);
    }
    if (r.ph < LIMITS.minPh || r.ph > LIMITS.maxPh) {
      await pager.notify('biologist', `${r.tankId}: pH ${r.ph} out of range`);
    }
  }
}

export async function replayLog(source: Readable): Promise<TankReading[]> {
  const readings: TankReading[] = [];
  const rl = createInterface({ input: source, crlfDelay: Infinity });
  for await (const line of rl) {
    const r = parseLine(line);
    if (r) readings.push(r);
  }
  return readings;
}
