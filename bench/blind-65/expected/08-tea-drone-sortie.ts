// expect: no-uncalled-async-function
// prepareSortie puts this.refreshGeofences (the method itself) into Promise.all, so the geofence refresh never runs.
export interface Geofence {
  id: string;
  estate: string;
  polygon: Array<[number, number]>;
  kind: 'no-fly' | 'spray-exclusion' | 'worker-zone';
}

export interface BatteryStatus {
  droneId: string;
  percent: number;
  cycles: number;
  cellDeltaMv: number;
}

export interface SortiePlan {
  droneId: string;
  terraceRows: string[];
  sprayLitres: number;
  altitudeM: number;
}

declare const geofenceApi: { list(estate: string): Promise<Geofence[]> };
declare const fleetApi: { batteryStatus(droneId: string): Promise<BatteryStatus> };
declare const plannerApi: { planFor(droneId: string, date: string): Promise<SortiePlan> };
declare const opsLog: { info(msg: string, data?: Record<string, unknown>): void };

const MIN_BATTERY_PERCENT = 65;
const MAX_CELL_DELTA_MV = 40;

export class SortieCoordinator {
  private geofences: Geofence[] = [];
  private geofencesLoadedAt = 0;

  constructor(private readonly estate: string, private readonly geofenceTtlMs = 10 * 60_000) {}

  async refreshGeofences(): Promise<void> {
    if (Date.now() - this.geofencesLoadedAt < this.geofenceTtlMs) return;
    this.geofences = await geofenceApi.list(this.estate);
    this.geofencesLoadedAt = Date.now();
    opsLog.info('geofences refreshed', { estate: this.estate, count: this.geofences.length });
  }

  async prepareSortie(droneId: string, date: string): Promise<SortiePlan> {
    const [, battery, plan] = await Promise.all([
      this.refreshGeofences,
      fleetApi.batteryStatus(droneId),
      plannerApi.planFor(droneId, date),
    ]);

    if (battery.percent < MIN_BATTERY_PERCENT) {
      throw new Error(`Drone ${droneId} at ${battery.percent}% battery; needs ${MIN_BATTERY_PERCENT}%`);
    }
    if (battery.cellDeltaMv > MAX_CELL_DELTA_MV) {
      throw new Error(`Drone ${droneId} cell imbalance ${battery.cellDeltaMv}mV; ground it for balancing`);
    }

    const blocked = this.blockedRows(plan.terraceRows);
    if (blocked.length > 0) {
      opsLog.info('rows removed by geofence', { droneId, blocked });
    }
    return { ...plan, terraceRows: plan.terraceRows.filter((row) => !blocked.includes(row)) };
  }

  private blockedRows(rows: string[]): string[] {
    const exclusions = this.geofences.filter((g) => g.kind !== 'worker-zone');
    return rows.filter((row) => exclusions.some((g) => g.id === row || g.id === rowBlock(row)));
  }

  activeWorkerZones(): Geofence[] {
    return this.geofences.filter((g) => g.kind === 'worker-zone');
  }
}

function rowBlock(row: string): string {
  const match = /^([A-Z]+)-\d+$/.exec(row);
  return match ? `block-${match[1]}` : row;
}

export async function planMorningWave(coordinator: SortieCoordinator, droneIds: string[], date: string) {
  const plans: SortiePlan[] = [];
  const grounded: Array<{ droneId: string; reason: string }> = [];
  for (const droneId of droneIds) {
    try {
      plans.push(await coordinator.prepareSortie(droneId, date));
    } catch (err) {
      grounded.push({ droneId, reason: (err as Error).message });
    }
  }
  return { plans, grounded };
}
