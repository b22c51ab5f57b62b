// expect: no-floating-promises
// The afterEach hook calls the async depot.close() inside a block body without returning or awaiting it, so the teardown promise is dropped and can overlap the next test.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface HopperDriver {
  fill(bay: string, kg: number): Promise<number>;
  park(): Promise<void>;
}

class SandRefillDepot {
  private open = true;
  private readonly levels = new Map<string, number>();

  constructor(
    private readonly driver: HopperDriver,
    private readonly capacityKg = 250,
  ) {}

  level(bay: string): number {
    return this.levels.get(bay) ?? 0;
  }

  async refill(bay: string): Promise<number> {
    if (!this.open) throw new Error('depot is closed');
    const missing = this.capacityKg - this.level(bay);
    if (missing <= 0) return 0;
    const added = await this.driver.fill(bay, missing);
    this.levels.set(bay, this.level(bay) + added);
    return added;
  }

  consume(bay: string, kg: number): void {
    this.levels.set(bay, Math.max(0, this.level(bay) - kg));
  }

  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.driver.park();
  }
}

describe('SandRefillDepot', () => {
  let driver: { fill: ReturnType<typeof vi.fn>; park: ReturnType<typeof vi.fn> };
  let depot: SandRefillDepot;

  beforeEach(() => {
    driver = {
      fill: vi.fn(async (_bay: string, kg: number) => kg),
      park: vi.fn(async () => undefined),
    };
    depot = new SandRefillDepot(driver as unknown as HopperDriver);
  });

  afterEach(() => {
    depot.close();
    vi.restoreAllMocks();
  });

  it('tops an empty bay up to capacity', async () => {
    await expect(depot.refill('T4-front')).resolves.toBe(250);
    expect(depot.level('T4-front')).toBe(250);
  });

  it('only adds what was consumed', async () => {
    await depot.refill('T4-rear');
    depot.consume('T4-rear', 60);
    await expect(depot.refill('T4-rear')).resolves.toBe(60);
    expect(driver.fill).toHaveBeenLastCalledWith('T4-rear', 60);
  });

  it('skips the hopper when the bay is already full', async () => {
    await depot.refill('T7-front');
    await expect(depot.refill('T7-front')).resolves.toBe(0);
    expect(driver.fill).toHaveBeenCalledTimes(1);
  });

  it('refuses refills after closing', async () => {
    await depot.close();
    await expect(depot.refill('T4-front')).rejects.toThrow('depot is closed');
    expect(driver.park).toHaveBeenCalledOnce();
  });
});
