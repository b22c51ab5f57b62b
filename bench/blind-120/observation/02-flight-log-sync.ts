// expect: no-floating-promises
// The async callback passed to forEach is never awaited, so syncPending reports success before any upload has happened and upload failures become unhandled rejections.
export interface FlightLog {
  id: string;
  droneId: string;
  glacier: string;
  landedAt: Date;
  sizeBytes: number;
}

export interface LocalLogStore {
  listUnsynced(): Promise<FlightLog[]>;
  read(id: string): Promise<Uint8Array>;
  markSynced(id: string): Promise<void>;
}

export interface ObjectStore {
  put(key: string, body: Uint8Array, meta: Record<string, string>): Promise<void>;
  head(key: string): Promise<{ sizeBytes: number } | null>;
}

export interface SyncReport {
  count: number;
  bytes: number;
  durationMs: number;
}

export class FlightLogSync {
  constructor(
    private readonly local: LocalLogStore,
    private readonly remote: ObjectStore,
    private readonly season: string,
  ) {}

  private keyFor(log: FlightLog): string {
    const day = log.landedAt.toISOString().slice(0, 10);
    return `${this.season}/${log.glacier}/${log.droneId}/${day}/${log.id}.ulg`;
  }

  async syncPending(): Promise<SyncReport> {
    const started = Date.now();
    const pending = await this.local.listUnsynced();
    const bytes = pending.reduce((sum, log) => sum + log.sizeBytes, 0);

    pending.forEach(async (log) => {
      const body = await this.local.read(log.id);
      await this.remote.put(this.keyFor(log), body, {
        drone: log.droneId,
        glacier: log.glacier,
        landed: log.landedAt.toISOString(),
      });
      await this.local.markSynced(log.id);
    });

    return { count: pending.length, bytes, durationMs: Date.now() - started };
  }

  async verify(log: FlightLog): Promise<boolean> {
    const head = await this.remote.head(this.keyFor(log));
    return head !== null && head.sizeBytes === log.sizeBytes;
  }

  async verifyAll(logs: FlightLog[]): Promise<FlightLog[]> {
    const checks = await Promise.all(logs.map((log) => this.verify(log)));
    return logs.filter((_, i) => !checks[i]);
  }
}
