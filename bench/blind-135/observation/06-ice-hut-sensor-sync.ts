// expect: none
// Each allSettled result is examined: fulfilled readings are stored and rejected ones are logged with their reason and re-queued for the next round.
export interface ThicknessReading {
  hutId: string;
  thicknessCm: number;
  waterTempC: number;
  takenAt: string;
}

export interface HutSensorGateway {
  readThickness(hutId: string): Promise<ThicknessReading>;
}

export interface ReadingStore {
  saveMany(readings: ThicknessReading[]): Promise<void>;
}

export interface SyncRound {
  attempted: number;
  stored: number;
  failed: Array<{ hutId: string; reason: string }>;
}

const SAFE_THICKNESS_CM = 12;

export class HutSensorSync {
  private retryQueue = new Set<string>();
  private unsafe = new Set<string>();

  constructor(
    private gateway: HutSensorGateway,
    private store: ReadingStore,
    private log: (msg: string) => void = console.warn,
  ) {}

  async syncRound(hutIds: string[]): Promise<SyncRound> {
    const targets = [...new Set([...this.retryQueue, ...hutIds])];
    this.retryQueue.clear();

    const results = await Promise.allSettled(targets.map((id) => this.gateway.readThickness(id)));

    const readings: ThicknessReading[] = [];
    const failed: SyncRound['failed'] = [];
    results.forEach((result, i) => {
      const hutId = targets[i];
      if (result.status === 'fulfilled') {
        readings.push(result.value);
        if (result.value.thicknessCm < SAFE_THICKNESS_CM) this.unsafe.add(hutId);
        else this.unsafe.delete(hutId);
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        failed.push({ hutId, reason });
        this.retryQueue.add(hutId);
        this.log(`ice sensor ${hutId} unreachable: ${reason}`);
      }
    });

    if (readings.length > 0) await this.store.saveMany(readings);
    return { attempted: targets.length, stored: readings.length, failed };
  }

  unsafeHuts(): string[] {
    return [...this.unsafe].sort();
  }

  pendingRetries(): string[] {
    return [...this.retryQueue];
  }
}
