// expect: no-unchecked-settled-results
// The allSettled results are only counted, never inspected for 'rejected', so beacons whose firmware push failed are still marked as updated and go back into the rental pool on old firmware.
export interface BeaconUnit {
  serial: string;
  model: 'pulse-3' | 'pulse-4' | 'tracker-s';
  firmware: string;
  dock: number;
}

export interface DockBus {
  flash(dock: number, image: Uint8Array): Promise<void>;
  verify(dock: number): Promise<string>;
}

export interface FleetRegistry {
  markUpdated(serial: string, firmware: string): Promise<void>;
  returnToPool(serials: string[]): Promise<void>;
}

export interface RolloutReport {
  attempted: number;
  updated: string[];
  startedAt: Date;
  finishedAt: Date;
}

export class FirmwareRollout {
  constructor(
    private readonly bus: DockBus,
    private readonly registry: FleetRegistry,
  ) {}

  private async flashOne(unit: BeaconUnit, image: Uint8Array, version: string): Promise<string> {
    await this.bus.flash(unit.dock, image);
    const reported = await this.bus.verify(unit.dock);
    if (reported !== version) {
      throw new Error(`${unit.serial} reports ${reported} after flashing ${version}`);
    }
    return unit.serial;
  }

  async run(units: BeaconUnit[], image: Uint8Array, version: string): Promise<RolloutReport> {
    const startedAt = new Date();
    const eligible = units.filter((u) => u.model !== 'tracker-s' && u.firmware !== version);

    const results = await Promise.allSettled(eligible.map((u) => this.flashOne(u, image, version)));
    console.info(`rollout ${version}: ${results.length} docks processed`);

    const updated = eligible.map((u) => u.serial);
    for (const serial of updated) {
      await this.registry.markUpdated(serial, version);
    }
    await this.registry.returnToPool(updated);

    return { attempted: eligible.length, updated, startedAt, finishedAt: new Date() };
  }
}
