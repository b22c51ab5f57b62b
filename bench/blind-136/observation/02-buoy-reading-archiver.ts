// expect: no-floating-promises
// The 'reading' listener is an async function whose returned promise the EventEmitter ignores, so a failed insert becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface BuoyReading {
  buoyId: string;
  observedAt: string;
  windKnots: number;
  gustKnots: number;
  waveHeightM: number;
  waterTempC: number;
}

export interface ArchiveStore {
  insert(table: string, row: Record<string, unknown>): Promise<void>;
}

interface ArchivedRow extends Record<string, unknown> {
  buoy_id: string;
  observed_at: Date;
  wind_kn: number;
  gust_kn: number;
  wave_m: number;
  water_c: number;
  gust_factor: number;
}

function normalize(r: BuoyReading): ArchivedRow {
  const wind = Math.max(0, r.windKnots);
  const gust = Math.max(wind, r.gustKnots);
  return {
    buoy_id: r.buoyId.toUpperCase(),
    observed_at: new Date(r.observedAt),
    wind_kn: Math.round(wind * 10) / 10,
    gust_kn: Math.round(gust * 10) / 10,
    wave_m: Math.round(r.waveHeightM * 100) / 100,
    water_c: r.waterTempC,
    gust_factor: wind === 0 ? 0 : Math.round((gust / wind) * 100) / 100,
  };
}

export class BuoyReadingArchiver {
  private readonly lastArchived = new Map<string, string>();
  private attached = false;

  constructor(
    private readonly feed: EventEmitter,
    private readonly store: ArchiveStore,
    private readonly table = 'buoy_readings',
  ) {}

  attach(): void {
    if (this.attached) return;
    this.attached = true;

    this.feed.on('reading', async (reading: BuoyReading) => {
      const previous = this.lastArchived.get(reading.buoyId);
      if (previous && previous >= reading.observedAt) return;
      await this.store.insert(this.table, normalize(reading));
      this.lastArchived.set(reading.buoyId, reading.observedAt);
    });

    this.feed.on('offline', (buoyId: string) => {
      this.lastArchived.delete(buoyId);
    });
  }

  detach(): void {
    this.feed.removeAllListeners('reading');
    this.feed.removeAllListeners('offline');
    this.attached = false;
  }

  lastSeen(buoyId: string): string | undefined {
    return this.lastArchived.get(buoyId);
  }
}
