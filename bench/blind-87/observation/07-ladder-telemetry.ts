// expect: no-floating-promises
// The interval callback calls the async persist() as a bare statement, so a failed database write becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface PoolReading {
  pool: number;
  levelCm: number;
  flowLps: number;
  waterTempC: number;
  at: number;
}

declare const db: { query(sql: string, params?: unknown[]): Promise<unknown[]> };

export class LadderTelemetry {
  private buffer: PoolReading[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly latest = new Map<number, PoolReading>();

  constructor(
    private readonly ladderId: string,
    private readonly sensors: EventEmitter,
    private readonly flushEveryMs = 60_000,
  ) {}

  start(): void {
    this.sensors.on('reading', this.onReading);
    this.timer = setInterval(() => {
      this.persist();
    }, this.flushEveryMs);
  }

  async stop(): Promise<void> {
    this.sensors.off('reading', this.onReading);
    clearInterval(this.timer);
    this.timer = undefined;
    await this.persist();
  }

  latestFor(pool: number): PoolReading | undefined {
    return this.latest.get(pool);
  }

  headDropCm(upper: number, lower: number): number | null {
    const a = this.latest.get(upper);
    const b = this.latest.get(lower);
    return a && b ? a.levelCm - b.levelCm : null;
  }

  private readonly onReading = (r: PoolReading): void => {
    this.buffer.push(r);
    this.latest.set(r.pool, r);
  };

  private async persist(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const values = batch
      .map((_, i) => `($1, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5}, to_timestamp($${i * 5 + 6} / 1000.0))`)
      .join(', ');
    const params: unknown[] = [this.ladderId];
    for (const r of batch) params.push(r.pool, r.levelCm, r.flowLps, r.waterTempC, r.at);
    try {
      await db.query(
        `INSERT INTO pool_readings (ladder_id, pool, level_cm, flow_lps, water_temp_c, at) VALUES ${values}`,
        params,
      );
    } catch (err) {
      // put the readings back so the next flush retries them
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  }
}
