// expect: none
// Async arrow-function properties are passed as listener/map callbacks, which is their intended use; every status check is actually called and awaited.
import { EventEmitter } from 'node:events';

export interface MachineStatus {
  machineId: string;
  online: boolean;
  slots: Array<{ slot: string; sku: string; remaining: number; capacity: number }>;
  coinBoxPercent: number;
}

declare const telemetry: {
  status(machineId: string): Promise<MachineStatus>;
  ping(machineId: string): Promise<boolean>;
};

declare const routePlanner: {
  addStop(machineId: string, reason: string, items: string[]): Promise<void>;
};

type FleetEvents = {
  lowStock: [machineId: string, skus: string[]];
  coinBoxFull: [machineId: string];
  offline: [machineId: string];
};

export class FleetMonitor extends EventEmitter<FleetEvents> {
  private readonly lastSeen = new Map<string, number>();

  constructor(
    private readonly machineIds: string[],
    private readonly lowStockRatio = 0.2,
  ) {
    super();
    this.on('lowStock', this.scheduleRestock);
    this.on('coinBoxFull', this.scheduleCollection);
  }

  async sweep(): Promise<void> {
    const results = await Promise.allSettled(this.machineIds.map(this.checkMachine));
    results.forEach((result, i) => {
      if (result.status === 'rejected') this.emit('offline', this.machineIds[i]);
    });
  }

  private checkMachine = async (machineId: string): Promise<void> => {
    if (!(await telemetry.ping(machineId))) {
      this.emit('offline', machineId);
      return;
    }
    const status = await telemetry.status(machineId);
    this.lastSeen.set(machineId, Date.now());

    const low = status.slots.filter((s) => s.capacity > 0 && s.remaining / s.capacity <= this.lowStockRatio).map((s) => s.sku);
    if (low.length > 0) this.emit('lowStock', machineId, low);
    if (status.coinBoxPercent >= 90) this.emit('coinBoxFull', machineId);
  };

  private scheduleRestock = async (machineId: string, skus: string[]): Promise<void> => {
    try {
      await routePlanner.addStop(machineId, 'restock', skus);
    } catch (err) {
      console.error(`could not schedule restock for ${machineId}`, err);
    }
  };

  private scheduleCollection = async (machineId: string): Promise<void> => {
    try {
      await routePlanner.addStop(machineId, 'cash collection', []);
    } catch (err) {
      console.error(`could not schedule collection for ${machineId}`, err);
    }
  };

  staleMachines(maxAgeMs: number, now = Date.now()): string[] {
    return this.machineIds.filter((id) => now - (this.lastSeen.get(id) ?? 0) > maxAgeMs);
  }
}
