// expect: none
// Both lookups are started together and immediately combined with Promise.all, so each promise has a handler before the function awaits anything.
export interface WaterParams {
  tankId: string;
  alkalinityDkh: number;
  calciumPpm: number;
  magnesiumPpm: number;
  nitratePpm: number;
  measuredAt: string;
}

export interface FragRecord {
  id: string;
  species: string;
  mountedOn: string;
  growthMmPerWeek: number;
}

export interface SensorHub {
  latest(tankId: string): Promise<WaterParams>;
}

export interface PropagationDb {
  fragsInTank(tankId: string): Promise<FragRecord[]>;
}

export interface TankDashboard {
  tankId: string;
  params: WaterParams;
  alerts: string[];
  fragCount: number;
  fastestGrower?: FragRecord;
}

const LIMITS = {
  alkalinityDkh: [7, 11],
  calciumPpm: [380, 460],
  magnesiumPpm: [1250, 1450],
  nitratePpm: [1, 15],
} as const;

export class CoralDashboardService {
  constructor(
    private readonly sensors: SensorHub,
    private readonly db: PropagationDb,
  ) {}

  async forTank(tankId: string): Promise<TankDashboard> {
    const paramsPromise = this.sensors.latest(tankId);
    const fragsPromise = this.db.fragsInTank(tankId);
    const [params, frags] = await Promise.all([paramsPromise, fragsPromise]);

    const alerts: string[] = [];
    for (const [key, [min, max]] of Object.entries(LIMITS) as [keyof typeof LIMITS, readonly [number, number]][]) {
      const value = params[key];
      if (value < min) alerts.push(`${key} low (${value})`);
      else if (value > max) alerts.push(`${key} high (${value})`);
    }

    const fastestGrower = frags.reduce<FragRecord | undefined>(
      (best, f) => (!best || f.growthMmPerWeek > best.growthMmPerWeek ? f : best),
      undefined,
    );

    return { tankId, params, alerts, fragCount: frags.length, fastestGrower };
  }

  async forTanks(tankIds: string[]): Promise<TankDashboard[]> {
    return Promise.all(tankIds.map((id) => this.forTank(id)));
  }
}
