// expect: none
// pollUntil takes a factory and calls it on each attempt, the fallback .catch() starts a fresh request to the backup service, and the memoised tide-table promise is shared deliberately and dropped on failure so the next caller reloads it.
export interface BerthStatus {
  berth: string;
  occupiedBy: string | null;
  clearAt: string | null;
  craneActive: boolean;
}

export interface TideTable {
  port: string;
  highWaters: string[];
}

declare const harbourMaster: {
  berthStatus(berth: string): Promise<BerthStatus>;
  tideTable(port: string): Promise<TideTable>;
};
declare const backupVts: { berthStatus(berth: string): Promise<BerthStatus> };

async function pollUntil<T>(
  fetchOnce: () => Promise<T>,
  done: (value: T) => boolean,
  opts: { intervalMs: number; timeoutMs: number },
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const value = await fetchOnce();
    if (done(value)) return value;
    if (Date.now() + opts.intervalMs > deadline) {
      throw new Error(`condition not met within ${opts.timeoutMs}ms`);
    }
    await new Promise((r) => setTimeout(r, opts.intervalMs));
  }
}

export class BerthClearance {
  private tides: Promise<TideTable> | undefined;

  constructor(private readonly port: string) {}

  private tideTable(): Promise<TideTable> {
    this.tides ??= harbourMaster.tideTable(this.port).catch((err) => {
      this.tides = undefined;
      throw err;
    });
    return this.tides;
  }

  private status(berth: string): Promise<BerthStatus> {
    return harbourMaster.berthStatus(berth).catch(() => backupVts.berthStatus(berth));
  }

  async waitForClearBerth(berth: string, timeoutMs = 45 * 60_000): Promise<BerthStatus> {
    return pollUntil(
      () => this.status(berth),
      (s) => s.occupiedBy === null && !s.craneActive,
      { intervalMs: 60_000, timeoutMs },
    );
  }

  async nextBerthingWindow(berth: string): Promise<{ berth: string; highWater: string }> {
    const [status, tides] = await Promise.all([this.waitForClearBerth(berth), this.tideTable()]);
    const now = Date.now();
    const highWater = tides.highWaters.find((hw) => Date.parse(hw) - 90 * 60_000 > now);
    if (!highWater) throw new Error(`no high water left today at ${this.port}`);
    return { berth: status.berth, highWater };
  }

  async windowsFor(berths: string[]): Promise<Array<{ berth: string; highWater: string }>> {
    const tides = await this.tideTable();
    if (tides.highWaters.length === 0) return [];
    return Promise.all(berths.map((b) => this.nextBerthingWindow(b)));
  }
}
