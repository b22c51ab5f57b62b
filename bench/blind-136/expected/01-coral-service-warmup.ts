// expect: no-uncalled-async-function
// The warm-up passes this.loadLightingSchedules to Promise.all without calling it, so the lighting schedules are never loaded before the service reports ready.
export interface TankRow {
  id: string;
  volumeL: number;
  system: string;
}

export interface LightingSchedule {
  tankId: string;
  rampUpMinute: number;
  peakMinutes: number;
}

export interface DosingPlan {
  tankId: string;
  alkDkhPerDay: number;
  calciumPpmPerDay: number;
}

export interface ReefDb {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
}

export class PropagationService {
  private tanks = new Map<string, TankRow>();
  private lighting = new Map<string, LightingSchedule>();
  private dosing = new Map<string, DosingPlan>();
  private ready = false;

  constructor(
    private readonly db: ReefDb,
    private readonly log: Logger,
  ) {}

  async warmUp(): Promise<void> {
    const started = Date.now();
    await Promise.all([this.loadTankCatalog(), this.loadLightingSchedules, this.loadDosingPlans()]);
    this.ready = true;
    this.log.info('propagation service warm', {
      tanks: this.tanks.size,
      lighting: this.lighting.size,
      dosing: this.dosing.size,
      ms: Date.now() - started,
    });
  }

  private async loadTankCatalog(): Promise<void> {
    const rows = await this.db.query<TankRow>('select id, volume_l as "volumeL", system from tanks where active');
    this.tanks = new Map(rows.map((r) => [r.id, r]));
  }

  private async loadLightingSchedules(): Promise<void> {
    const rows = await this.db.query<LightingSchedule>(
      'select tank_id as "tankId", ramp_up_minute as "rampUpMinute", peak_minutes as "peakMinutes" from lighting',
    );
    this.lighting = new Map(rows.map((r) => [r.tankId, r]));
  }

  private async loadDosingPlans(): Promise<void> {
    const rows = await this.db.query<DosingPlan>(
      'select tank_id as "tankId", alk_dkh as "alkDkhPerDay", calcium_ppm as "calciumPpmPerDay" from dosing',
    );
    this.dosing = new Map(rows.map((r) => [r.tankId, r]));
  }

  tankSummary(tankId: string): { tank: TankRow; lighting?: LightingSchedule; dosing?: DosingPlan } {
    if (!this.ready) throw new Error('propagation service not warmed up');
    const tank = this.tanks.get(tankId);
    if (!tank) throw new Error(`unknown tank ${tankId}`);
    return { tank, lighting: this.lighting.get(tankId), dosing: this.dosing.get(tankId) };
  }
}
