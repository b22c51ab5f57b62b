// expect: no-floating-promises
// The async callback passed to gates.forEach returns promises that forEach ignores, so pushes are not awaited and their failures become unhandled rejections.
export interface RevokedPass {
  tagUid: string;
  reason: 'lost' | 'refunded' | 'fraud' | 'expired';
  revokedAt: string;
}

export interface LiftGate {
  id: string;
  lift: string;
  online: boolean;
  pushDenyList(version: number, entries: RevokedPass[]): Promise<void>;
  currentDenyListVersion(): Promise<number>;
}

export interface DenyListStore {
  latest(): Promise<{ version: number; entries: RevokedPass[] }>;
  markSynced(gateId: string, version: number): Promise<void>;
}

export interface SyncOutcome {
  version: number;
  attempted: number;
  skippedOffline: string[];
}

export class DenyListSync {
  private syncing = false;

  constructor(
    private readonly store: DenyListStore,
    private readonly gates: LiftGate[],
  ) {}

  async syncAll(): Promise<SyncOutcome> {
    if (this.syncing) {
      throw new Error('deny-list sync already in progress');
    }
    this.syncing = true;
    try {
      const { version, entries } = await this.store.latest();
      const online = this.gates.filter((g) => g.online);
      const skippedOffline = this.gates.filter((g) => !g.online).map((g) => g.id);

      online.forEach(async (gate) => {
        const current = await gate.currentDenyListVersion();
        if (current >= version) return;
        await gate.pushDenyList(version, entries);
        await this.store.markSynced(gate.id, version);
      });

      return { version, attempted: online.length, skippedOffline };
    } finally {
      this.syncing = false;
    }
  }

  gatesForLift(lift: string): LiftGate[] {
    return this.gates.filter((g) => g.lift === lift);
  }
}
