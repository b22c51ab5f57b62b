// expect: no-read-before-settle
// this.policy is assigned in the loadFleetPolicy().then() callback, but start() reads it synchronously, so the first plan uses defaults.
export interface FleetPolicy {
  maxWindMs: number;
  minTempC: number;
  maxSortiesPerHive: number;
  noFlyRows: number[];
}

export interface Conditions {
  windMs: number;
  tempC: number;
  raining: boolean;
}

export interface PlannedSortie {
  droneId: string;
  hive: string;
  rows: number[];
}

interface Hive {
  id: string;
  drones: string[];
  rows: number[];
}

declare function loadFleetPolicy(orchardId: string): Promise<FleetPolicy>;
declare function currentConditions(orchardId: string): Conditions;
declare const logger: { warn(message: string, meta?: unknown): void; info(message: string): void };

const DEFAULT_POLICY: FleetPolicy = { maxWindMs: 8, minTempC: 10, maxSortiesPerHive: 4, noFlyRows: [] };

export class DroneFleet {
  private policy?: FleetPolicy;
  private plan: PlannedSortie[] = [];

  constructor(
    private readonly orchardId: string,
    private readonly hives: Hive[],
  ) {}

  start(): PlannedSortie[] {
    loadFleetPolicy(this.orchardId)
      .then((policy) => {
        this.policy = policy;
      })
      .catch((err: unknown) => {
        logger.warn('fleet policy unavailable, using defaults', err);
      });

    const conditions = currentConditions(this.orchardId);
    this.plan = this.planSorties(conditions, this.policy ?? DEFAULT_POLICY);
    logger.info(`planned ${this.plan.length} sorties for ${this.orchardId}`);
    return this.plan;
  }

  private planSorties(conditions: Conditions, policy: FleetPolicy): PlannedSortie[] {
    if (conditions.raining || conditions.windMs > policy.maxWindMs || conditions.tempC < policy.minTempC) {
      return [];
    }
    const sorties: PlannedSortie[] = [];
    for (const hive of this.hives) {
      const rows = hive.rows.filter((r) => !policy.noFlyRows.includes(r));
      const drones = hive.drones.slice(0, policy.maxSortiesPerHive);
      const perDrone = Math.ceil(rows.length / Math.max(1, drones.length));
      drones.forEach((droneId, i) => {
        const assigned = rows.slice(i * perDrone, (i + 1) * perDrone);
        if (assigned.length > 0) {
          sorties.push({ droneId, hive: hive.id, rows: assigned });
        }
      });
    }
    return sorties;
  }

  get plannedRows(): number {
    return this.plan.reduce((sum, s) => sum + s.rows.length, 0);
  }
}
