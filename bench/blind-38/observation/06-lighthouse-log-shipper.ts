// expect: none
// Fire-and-forget shipping is deliberate and every detached promise has a catch handler attached in the same expression.
export interface KeeperEntry {
  station: string;
  keeper: string;
  at: string;
  kind: 'lamp-lit' | 'lamp-out' | 'fog-signal' | 'weather' | 'vessel' | 'maintenance';
  text: string;
  visibilityNm?: number;
}

declare const shoreRelay: { send(batch: KeeperEntry[]): Promise<{ stored: number }> };
declare const localJournal: { append(entry: KeeperEntry): Promise<void>; pending(): Promise<KeeperEntry[]> };

const MAX_BATCH = 25;

export class LogShipper {
  private queue: KeeperEntry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;

  constructor(private readonly station: string) {}

  record(entry: Omit<KeeperEntry, 'station' | 'at'>, at = new Date()): KeeperEntry {
    const full: KeeperEntry = { ...entry, station: this.station, at: at.toISOString() };
    this.queue.push(full);
    void localJournal.append(full).catch((err) => console.warn('journal write failed', full.kind, err));
    if (full.kind === 'fog-signal' || this.queue.length >= MAX_BATCH) {
      this.flush().catch((err) => this.onShipFailure(err));
    }
    return full;
  }

  start(intervalMs = 60_000): void {
    this.timer = setInterval(() => {
      this.flush().catch((err) => this.onShipFailure(err));
    }, intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async flush(): Promise<number> {
    if (this.queue.length === 0) return 0;
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      const { stored } = await shoreRelay.send(batch);
      this.failures = 0;
      return stored;
    } catch (err) {
      this.queue.unshift(...batch);
      throw err;
    }
  }

  async replayJournal(): Promise<number> {
    const pending = await localJournal.pending();
    this.queue.push(...pending.filter((p) => p.station === this.station));
    let shipped = 0;
    while (this.queue.length > 0) {
      shipped += await this.flush();
    }
    return shipped;
  }

  private onShipFailure(err: unknown): void {
    this.failures += 1;
    console.warn(`shore relay failed (${this.failures} in a row), ${this.queue.length} entries queued`, err);
    if (this.failures >= 5) {
      console.info('switching to VHF voice log until the relay recovers');
      this.stop();
    }
  }
}
