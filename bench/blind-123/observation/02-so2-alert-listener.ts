// expect: no-floating-promises
// The async 'reading' listener returns a promise that EventEmitter ignores, so a failed insert or alert call becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface GasReading {
  ventId: string;
  so2Ppm: number;
  h2sPpm: number;
  co2Pct: number;
  takenAt: Date;
}

export interface ReadingsTable {
  insert(reading: GasReading): Promise<void>;
  rollingMean(ventId: string, field: 'so2Ppm' | 'h2sPpm', minutes: number): Promise<number>;
}

export interface AlertPager {
  raise(alert: { ventId: string; level: 'advisory' | 'watch' | 'warning'; summary: string }): Promise<void>;
}

const SO2_WATCH_PPM = 5;
const SO2_WARNING_PPM = 20;
const H2S_WATCH_PPM = 10;

function classify(so2Mean: number, h2sMean: number): 'advisory' | 'watch' | 'warning' | null {
  if (so2Mean >= SO2_WARNING_PPM) return 'warning';
  if (so2Mean >= SO2_WATCH_PPM || h2sMean >= H2S_WATCH_PPM) return 'watch';
  if (so2Mean >= SO2_WATCH_PPM / 2) return 'advisory';
  return null;
}

export class VentMonitor {
  private readonly lastLevel = new Map<string, string | null>();

  constructor(
    private readonly sensors: EventEmitter,
    private readonly table: ReadingsTable,
    private readonly pager: AlertPager,
  ) {}

  attach(): void {
    this.sensors.on('reading', async (reading: GasReading) => {
      await this.table.insert(reading);

      const [so2Mean, h2sMean] = await Promise.all([
        this.table.rollingMean(reading.ventId, 'so2Ppm', 15),
        this.table.rollingMean(reading.ventId, 'h2sPpm', 15),
      ]);

      const level = classify(so2Mean, h2sMean);
      const previous = this.lastLevel.get(reading.ventId) ?? null;
      this.lastLevel.set(reading.ventId, level);
      if (level === null || level === previous) return;

      await this.pager.raise({
        ventId: reading.ventId,
        level,
        summary: `15-min mean SO2 ${so2Mean.toFixed(1)} ppm, H2S ${h2sMean.toFixed(1)} ppm at vent ${reading.ventId}`,
      });
    });

    this.sensors.on('error', (err: Error) => {
      this.lastLevel.clear();
      console.error(`sensor bus error: ${err.message}`);
    });
  }

  currentLevel(ventId: string): string | null {
    return this.lastLevel.get(ventId) ?? null;
  }
}
