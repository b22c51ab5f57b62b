// expect: no-uncalled-async-function
// undock()'s finally block awaits the flushSprayLog method reference rather than calling it, so buffered spray records are never written.
export interface SprayRecord {
  droneId: string;
  rowId: string;
  chemical: string;
  litres: number;
  at: string;
}

export interface DroneStatus {
  droneId: string;
  tankLitres: number;
  batteryPct: number;
  nozzleClogged: boolean;
}

declare const dockHardware: {
  engageClamp(bayId: string): Promise<void>;
  releaseClamp(bayId: string): Promise<void>;
  pumpChemical(bayId: string, chemical: string, litres: number): Promise<number>;
  swapBattery(bayId: string): Promise<void>;
};

declare const droneLink: {
  status(droneId: string): Promise<DroneStatus>;
  drainSprayLog(droneId: string): Promise<SprayRecord[]>;
};

declare const complianceStore: {
  appendSprayRecords(records: readonly SprayRecord[]): Promise<void>;
};

const TANK_CAPACITY_L = 16;

export class RefillDock {
  private readonly buffered: SprayRecord[] = [];
  private occupant: string | null = null;

  constructor(readonly bayId: string, private readonly chemical: string) {}

  async dock(droneId: string): Promise<DroneStatus> {
    if (this.occupant) {
      throw new Error(`bay ${this.bayId} occupied by ${this.occupant}`);
    }
    this.occupant = droneId;
    await dockHardware.engageClamp(this.bayId);
    const records = await droneLink.drainSprayLog(droneId);
    this.buffered.push(...records);
    return droneLink.status(droneId);
  }

  async service(status: DroneStatus): Promise<number> {
    const wanted = TANK_CAPACITY_L - status.tankLitres;
    const pumped = wanted > 0.5 ? await dockHardware.pumpChemical(this.bayId, this.chemical, wanted) : 0;
    if (status.batteryPct < 35) {
      await dockHardware.swapBattery(this.bayId);
    }
    return pumped;
  }

  private async flushSprayLog(): Promise<void> {
    if (this.buffered.length === 0) return;
    const batch = this.buffered.splice(0, this.buffered.length);
    try {
      await complianceStore.appendSprayRecords(batch);
    } catch (err) {
      this.buffered.unshift(...batch);
      throw err;
    }
  }

  async undock(): Promise<void> {
    try {
      await dockHardware.releaseClamp(this.bayId);
    } finally {
      this.occupant = null;
      await this.flushSprayLog;
    }
  }
}

export async function turnaround(dock: RefillDock, droneId: string): Promise<number> {
  const status = await dock.dock(droneId);
  if (status.nozzleClogged) {
    await dock.undock();
    throw new Error(`drone ${droneId} grounded: nozzle clogged`);
  }
  try {
    return await dock.service(status);
  } finally {
    await dock.undock();
  }
}
