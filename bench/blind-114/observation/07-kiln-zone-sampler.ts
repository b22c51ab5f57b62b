// expect: none
// The per-zone async callbacks are collected by map and awaited with Promise.all, and the interval tick attaches a catch, so every read is observed.
import { EventEmitter } from 'node:events';

export interface ZoneReading {
  zone: string;
  celsius: number;
  at: number;
}

export interface ThermocoupleBus {
  read(zone: string): Promise<number>;
}

export class KilnZoneSampler extends EventEmitter {
  private timer: NodeJS.Timeout | null = null;
  private readonly history = new Map<string, ZoneReading[]>();

  constructor(
    private readonly bus: ThermocoupleBus,
    private readonly zones: string[],
    private readonly keep = 720,
  ) {
    super();
  }

  start(intervalMs = 5000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.sampleAll().catch((err: unknown) => this.emit('sample-error', err));
    }, intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async sampleAll(): Promise<ZoneReading[]> {
    const readings = await Promise.all(
      this.zones.map(async (zone) => {
        const celsius = await this.bus.read(zone);
        const reading: ZoneReading = { zone, celsius, at: Date.now() };
        const series = this.history.get(zone) ?? [];
        series.push(reading);
        if (series.length > this.keep) series.shift();
        this.history.set(zone, series);
        return reading;
      }),
    );

    const spread = Math.max(...readings.map((r) => r.celsius)) - Math.min(...readings.map((r) => r.celsius));
    if (spread > 25) this.emit('uneven', spread, readings);
    this.emit('sample', readings);
    return readings;
  }

  ratePerHour(zone: string): number | null {
    const series = this.history.get(zone);
    if (!series || series.length < 2) return null;
    const first = series[0];
    const last = series[series.length - 1];
    const hours = (last.at - first.at) / 3_600_000;
    return hours > 0 ? (last.celsius - first.celsius) / hours : null;
  }
}
