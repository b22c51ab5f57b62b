// expect: no-uncalled-async-function
// Bug: close() does `await this.drain` on the method itself instead of calling it, so buffered strain readings are dropped when the pool ends.
interface StrainReading {
  bridgeId: string;
  anchor: 'north-left' | 'north-right' | 'south-left' | 'south-right';
  kiloNewtons: number;
  windMs: number;
  at: Date;
}

interface Db {
  insertMany(table: string, rows: Record<string, unknown>[]): Promise<number>;
  end(): Promise<void>;
}

declare function connect(url: string): Db;
declare const alerts: { page(team: string, message: string): Promise<void> };

export class StrainRecorder {
  private buffer: StrainReading[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private closing = false;
  private readonly db: Db;

  constructor(
    databaseUrl: string,
    private readonly ratedLoadKn: number,
    private readonly batchSize = 200,
  ) {
    this.db = connect(databaseUrl);
  }

  record(reading: StrainReading): void {
    if (this.closing) throw new Error('recorder is closing');
    this.buffer.push(reading);
    if (reading.kiloNewtons > this.ratedLoadKn * 0.8) {
      alerts
        .page('inspection', `${reading.bridgeId} ${reading.anchor} at ${reading.kiloNewtons} kN`)
        .catch((err) => console.error('failed to page inspection team', err));
    }
    if (this.buffer.length >= this.batchSize) {
      this.drain().catch((err) => console.error('strain flush failed', err));
    } else {
      this.flushTimer ??= setTimeout(() => {
        this.flushTimer = undefined;
        this.drain().catch((err) => console.error('strain flush failed', err));
      }, 5_000);
    }
  }

  private async drain(): Promise<number> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
    }
    if (this.buffer.length === 0) return 0;
    const rows = this.buffer;
    this.buffer = [];
    try {
      return await this.db.insertMany(
        'anchor_strain',
        rows.map((r) => ({
          bridge_id: r.bridgeId,
          anchor: r.anchor,
          kn: r.kiloNewtons,
          wind_ms: r.windMs,
          recorded_at: r.at.toISOString(),
        })),
      );
    } catch (err) {
      this.buffer = rows.concat(this.buffer);
      throw err;
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.drain;
    await this.db.end();
  }

  peakLoad(bridgeId: string): number {
    return this.buffer
      .filter((r) => r.bridgeId === bridgeId)
      .reduce((max, r) => Math.max(max, r.kiloNewtons), 0);
  }
}
