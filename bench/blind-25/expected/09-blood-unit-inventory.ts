// expect: no-uncalled-async-function
// describe() puts the isQuarantined method reference into the returned summary instead of its awaited result, so quarantine status silently vanishes from the inventory feed.
import { createHash } from 'node:crypto';

export type AboGroup = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';
export type Component = 'whole' | 'rbc' | 'plasma' | 'platelets';

declare const lookbackRegistry: {
  donorFlags(donorId: string): Promise<{ hold: boolean; reason?: string }>;
};
declare const temperatureLog: {
  excursions(unitId: string, sinceMs: number): Promise<number>;
};

export class BloodUnit {
  constructor(
    readonly unitId: string,
    readonly donorId: string,
    readonly group: AboGroup,
    readonly component: Component,
    readonly volumeMl: number,
    readonly collectedAt: Date,
    readonly expiresAt: Date,
  ) {}

  get expired(): boolean {
    return this.expiresAt.getTime() <= Date.now();
  }

  async isQuarantined(): Promise<boolean> {
    const [flags, excursions] = await Promise.all([
      lookbackRegistry.donorFlags(this.donorId),
      temperatureLog.excursions(this.unitId, this.collectedAt.getTime()),
    ]);
    return flags.hold || excursions > 0;
  }

  async describe(): Promise<Record<string, unknown>> {
    return {
      unitId: this.unitId,
      donorHash: createHash('sha256').update(this.donorId).digest('hex').slice(0, 12),
      group: this.group,
      component: this.component,
      volumeMl: this.volumeMl,
      expiresAt: this.expiresAt.toISOString(),
      expired: this.expired,
      quarantined: this.isQuarantined,
    };
  }
}

export class InventoryFeed {
  private readonly units = new Map<string, BloodUnit>();

  receive(unit: BloodUnit): void {
    if (this.units.has(unit.unitId)) throw new Error(`duplicate unit ${unit.unitId}`);
    this.units.set(unit.unitId, unit);
  }

  issue(unitId: string): BloodUnit {
    const unit = this.units.get(unitId);
    if (!unit) throw new Error(`unit ${unitId} not on shelf`);
    this.units.delete(unitId);
    return unit;
  }

  async snapshotJson(filter?: { group?: AboGroup; component?: Component }): Promise<string> {
    const selected = [...this.units.values()].filter(
      (u) =>
        (!filter?.group || u.group === filter.group) &&
        (!filter?.component || u.component === filter.component),
    );
    const rows = await Promise.all(selected.map((u) => u.describe()));
    return JSON.stringify({ generatedAt: new Date().toISOString(), count: rows.length, units: rows });
  }

  countByGroup(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const u of this.units.values()) {
      if (!u.expired) counts[u.group] = (counts[u.group] ?? 0) + 1;
    }
    return counts;
  }
}
