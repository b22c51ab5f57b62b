// expect: none
// The ?? fallback awaits the async offset measurement inside the parenthesised right operand, so offsetMs is always a number before it is used in the strike time arithmetic.
export interface OffsetCache {
  get(tower: string): number | undefined;
  set(tower: string, offsetMs: number, ttlMs: number): void;
}

export interface NtpProbe {
  measureOffsetMs(server: string): Promise<number>;
}

export interface StrikeDriver {
  scheduleStrike(bell: string, atEpochMs: number): Promise<void>;
}

const OFFSET_TTL_MS = 15 * 60_000;
const MECHANICAL_LEAD_MS = 340;

export class StrikeScheduler {
  constructor(
    private readonly tower: string,
    private readonly cache: OffsetCache,
    private readonly ntp: NtpProbe,
    private readonly driver: StrikeDriver,
    private readonly ntpServer = 'pool.ntp.org',
  ) {}

  private async measure(): Promise<number> {
    const measured = await this.ntp.measureOffsetMs(this.ntpServer);
    this.cache.set(this.tower, measured, OFFSET_TTL_MS);
    return measured;
  }

  private async offsetMs(): Promise<number> {
    const offsetMs = this.cache.get(this.tower) ?? (await this.measure());
    return offsetMs;
  }

  nextQuarter(now = Date.now()): number {
    const quarter = 15 * 60_000;
    return Math.ceil(now / quarter) * quarter;
  }

  async scheduleNextQuarter(bells: string[]): Promise<{ at: number; bells: number }> {
    const offsetMs = await this.offsetMs();
    const target = this.nextQuarter(Date.now() + offsetMs);
    // hammers need lead time to lift before the exact instant
    const localFire = target - offsetMs - MECHANICAL_LEAD_MS;
    for (const [i, bell] of bells.entries()) {
      await this.driver.scheduleStrike(bell, localFire + i * 700);
    }
    return { at: localFire, bells: bells.length };
  }

  async scheduleHour(hour: number): Promise<number> {
    const offsetMs = await this.offsetMs();
    const target = this.nextQuarter(Date.now() + offsetMs);
    const tolls = hour % 12 === 0 ? 12 : hour % 12;
    for (let i = 0; i < tolls; i++) {
      await this.driver.scheduleStrike('tenor', target - offsetMs - MECHANICAL_LEAD_MS + 11_000 + i * 2_400);
    }
    return tolls;
  }
}
