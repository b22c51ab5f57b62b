// expect: no-uncalled-async-function
// closeSession puts this.syncParlorGates (the method) into Promise.all instead of calling it, so gates are never synced.
export interface Doe {
  tag: string;
  name: string;
  lactationDay: number;
  mastitisWatch: boolean;
}

export interface MilkingRecord {
  tag: string;
  stall: number;
  litres: number;
  conductivityMs: number;
  startedAt: number;
  durationS: number;
}

declare const parlorHardware: {
  openGate(stall: number): Promise<void>;
  closeGate(stall: number): Promise<void>;
  gateStates(): Promise<Array<{ stall: number; open: boolean }>>;
};

declare const herdDb: {
  appendYields(records: MilkingRecord[]): Promise<void>;
  flagForVet(tag: string, reason: string): Promise<void>;
};

const CONDUCTIVITY_ALERT_MS = 6.5;

export class MilkingSession {
  private readonly records: MilkingRecord[] = [];
  private readonly occupied = new Map<number, Doe>();
  private closed = false;

  constructor(readonly parlorId: string, private readonly stalls: number) {}

  async admit(doe: Doe): Promise<number> {
    if (this.closed) throw new Error(`session on ${this.parlorId} already closed`);
    for (let stall = 1; stall <= this.stalls; stall++) {
      if (!this.occupied.has(stall)) {
        this.occupied.set(stall, doe);
        await parlorHardware.openGate(stall);
        return stall;
      }
    }
    throw new Error(`no free stall for ${doe.tag}`);
  }

  async finish(stall: number, litres: number, conductivityMs: number, startedAt: number): Promise<MilkingRecord> {
    const doe = this.occupied.get(stall);
    if (!doe) throw new Error(`stall ${stall} is empty`);
    const record: MilkingRecord = {
      tag: doe.tag,
      stall,
      litres,
      conductivityMs,
      startedAt,
      durationS: Math.round((Date.now() - startedAt) / 1000),
    };
    this.records.push(record);
    this.occupied.delete(stall);
    await parlorHardware.closeGate(stall);
    if (conductivityMs > CONDUCTIVITY_ALERT_MS || doe.mastitisWatch) {
      await herdDb.flagForVet(doe.tag, `conductivity ${conductivityMs.toFixed(1)} mS/cm in stall ${stall}`);
    }
    return record;
  }

  private async flushYieldLog(): Promise<void> {
    if (this.records.length === 0) return;
    await herdDb.appendYields(this.records.splice(0));
  }

  private async syncParlorGates(): Promise<void> {
    const states = await parlorHardware.gateStates();
    for (const state of states) {
      if (state.open && !this.occupied.has(state.stall)) await parlorHardware.closeGate(state.stall);
    }
  }

  async closeSession(): Promise<{ litres: number; does: number }> {
    if (this.occupied.size > 0) {
      throw new Error(`cannot close ${this.parlorId}: stalls ${[...this.occupied.keys()].join(', ')} still occupied`);
    }
    const litres = this.records.reduce((sum, r) => sum + r.litres, 0);
    const does = new Set(this.records.map((r) => r.tag)).size;
    this.closed = true;
    await Promise.all([this.flushYieldLog(), this.syncParlorGates]);
    return { litres, does };
  }
}
