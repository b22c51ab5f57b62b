// expect: none
// The calibration fetch is kept in a variable across the sensor read, but a .catch fallback is attached at the moment it is created, so it can never reject unobserved.
export interface HygrometerReading {
  sensorId: string;
  rhPct: number;
  tempC: number;
}

export interface Calibration {
  sensorId: string;
  rhOffset: number;
  tempOffset: number;
  certifiedUntil: string;
}

export interface VaultSensors {
  read(sensorId: string): Promise<HygrometerReading>;
}

export interface CalibrationRegistry {
  latest(sensorId: string): Promise<Calibration>;
}

export interface CorrectedReading extends HygrometerReading {
  calibrated: boolean;
  withinBand: boolean;
}

const TARGET_RH = 50;
const RH_TOLERANCE = 5;

export class VaultClimateCheck {
  constructor(
    private readonly sensors: VaultSensors,
    private readonly registry: CalibrationRegistry,
    private readonly log: Pick<Console, 'warn'> = console,
  ) {}

  async check(sensorId: string): Promise<CorrectedReading> {
    const calibration = this.registry.latest(sensorId).catch((err: unknown) => {
      this.log.warn(`calibration lookup failed for ${sensorId}; using raw values`, err);
      return undefined;
    });

    const raw = await this.sensors.read(sensorId);
    const cal = await calibration;

    const usable = cal !== undefined && new Date(cal.certifiedUntil) > new Date();
    const rhPct = usable ? raw.rhPct + cal.rhOffset : raw.rhPct;
    const tempC = usable ? raw.tempC + cal.tempOffset : raw.tempC;

    return {
      sensorId,
      rhPct,
      tempC,
      calibrated: usable,
      withinBand: Math.abs(rhPct - TARGET_RH) <= RH_TOLERANCE,
    };
  }

  async checkAll(sensorIds: string[]): Promise<CorrectedReading[]> {
    const out: CorrectedReading[] = [];
    for (const id of sensorIds) out.push(await this.check(id));
    return out;
  }
}
