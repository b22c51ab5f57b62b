// expect: no-floating-promises
// The async callback passed to forEach returns promises nobody awaits, so pushFareTable reports success before any upload finished and upload failures go unhandled.
export interface FareTable {
  version: number;
  effectiveFrom: string;
  zones: Record<string, number>;
}

export interface VendingMachine {
  id: string;
  depot: string;
  status: 'online' | 'offline' | 'maintenance';
  firmware: string;
}

export interface MachineRegistry {
  listMachines(query: { depot: string }): Promise<VendingMachine[]>;
}

export interface MachineClient {
  uploadFares(machineId: string, table: FareTable): Promise<void>;
  currentFareVersion(machineId: string): Promise<number>;
}

export interface SyncReport {
  version: number;
  depot: string;
  targeted: number;
  skipped: number;
}

export class FareSync {
  private lastSynced = new Map<string, number>();

  constructor(private registry: MachineRegistry, private client: MachineClient) {}

  async pushFareTable(depot: string, table: FareTable): Promise<SyncReport> {
    if (Object.keys(table.zones).length === 0) {
      throw new Error(`fare table v${table.version} has no zones`);
    }
    const machines = await this.registry.listMachines({ depot });
    const online = machines.filter((m) => m.status === 'online' && !m.firmware.startsWith('1.'));

    online.forEach(async (machine) => {
      await this.client.uploadFares(machine.id, table);
      this.lastSynced.set(machine.id, table.version);
    });

    return {
      version: table.version,
      depot,
      targeted: online.length,
      skipped: machines.length - online.length,
    };
  }

  async staleMachines(depot: string, expectedVersion: number): Promise<string[]> {
    const machines = await this.registry.listMachines({ depot });
    const stale: string[] = [];
    for (const m of machines) {
      if (m.status !== 'online') continue;
      const known = this.lastSynced.get(m.id);
      const version = known ?? (await this.client.currentFareVersion(m.id));
      if (version < expectedVersion) stale.push(m.id);
    }
    return stale;
  }

  syncedVersion(machineId: string): number | undefined {
    return this.lastSynced.get(machineId);
  }
}
