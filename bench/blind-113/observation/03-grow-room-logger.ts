// expect: no-floating-promises
// The 'reading' listener is an async function whose promise EventEmitter ignores, so a failed insert or pager call is never caught and surfaces as an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface ClimateReading {
  roomId: string;
  rh: number;
  co2ppm: number;
  airTempC: number;
  at: Date;
}

export interface TimeseriesPool {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
}

export interface Pager {
  notify(channel: string, message: string): Promise<void>;
}

interface Band {
  min: number;
  max: number;
}

const FRUITING_BANDS: Record<'rh' | 'co2ppm' | 'airTempC', Band> = {
  rh: { min: 85, max: 95 },
  co2ppm: { min: 400, max: 1000 },
  airTempC: { min: 13, max: 18 },
};

export class GrowRoomLogger {
  private lastAlert = new Map<string, number>();

  constructor(
    private readonly bus: EventEmitter,
    private readonly pool: TimeseriesPool,
    private readonly pager: Pager,
    private readonly alertCooldownMs = 10 * 60_000,
  ) {}

  start(): void {
    this.bus.on('reading', async (reading: ClimateReading) => {
      await this.pool.query(
        'INSERT INTO climate_readings (room_id, rh, co2_ppm, air_temp_c, taken_at) VALUES ($1, $2, $3, $4, $5)',
        [reading.roomId, reading.rh, reading.co2ppm, reading.airTempC, reading.at],
      );
      const breach = this.findBreach(reading);
      if (breach) await this.maybeAlert(reading.roomId, breach);
    });
  }

  stop(): void {
    this.bus.removeAllListeners('reading');
  }

  private findBreach(reading: ClimateReading): string | null {
    for (const key of Object.keys(FRUITING_BANDS) as Array<keyof typeof FRUITING_BANDS>) {
      const band = FRUITING_BANDS[key];
      const value = reading[key];
      if (value < band.min) return `${key} low (${value} < ${band.min})`;
      if (value > band.max) return `${key} high (${value} > ${band.max})`;
    }
    return null;
  }

  private async maybeAlert(roomId: string, breach: string): Promise<void> {
    const last = this.lastAlert.get(roomId) ?? 0;
    if (Date.now() - last < this.alertCooldownMs) return;
    this.lastAlert.set(roomId, Date.now());
    await this.pager.notify('grow-ops', `Fruiting room ${roomId}: ${breach}`);
  }
}
