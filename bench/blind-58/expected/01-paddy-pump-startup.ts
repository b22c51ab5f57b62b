// expect: no-uncalled-async-function
// start() passes this.primeIntake (the method) instead of this.primeIntake() to Promise.all, so the intake is never primed before the pumps run.
export interface ReservoirLevel {
  stationId: string;
  levelM: number;
  capacityM: number;
}

export interface IrrigationPlan {
  fieldId: string;
  gates: string[];
  litersPerHectare: number;
  hectares: number;
}

export interface StartupReport {
  stationId: string;
  gatesOpened: string[];
  pumpRpm: number;
  estimatedMinutes: number;
}

interface PumpBus {
  setIntakeValve(open: boolean): Promise<void>;
  readPrimePressureKpa(): Promise<number>;
  readReservoir(): Promise<{ levelM: number; capacityM: number }>;
  openGate(gate: string): Promise<void>;
  setRpm(rpm: number): Promise<void>;
}

declare function sleep(ms: number): Promise<void>;

const MIN_PRIME_KPA = 35;
const LITERS_PER_MINUTE_AT_MAX = 2400;
const MAX_RPM = 1750;

export class PumpStation {
  constructor(
    readonly stationId: string,
    private readonly bus: PumpBus,
  ) {}

  async primeIntake(): Promise<void> {
    await this.bus.setIntakeValve(true);
    for (let i = 0; i < 20; i++) {
      if ((await this.bus.readPrimePressureKpa()) >= MIN_PRIME_KPA) return;
      await sleep(500);
    }
    throw new Error(`station ${this.stationId} failed to prime intake`);
  }

  async checkReservoir(): Promise<ReservoirLevel> {
    const { levelM, capacityM } = await this.bus.readReservoir();
    if (levelM < capacityM * 0.1) {
      throw new Error(`reservoir at station ${this.stationId} is below 10%`);
    }
    return { stationId: this.stationId, levelM, capacityM };
  }

  async start(plan: IrrigationPlan): Promise<StartupReport> {
    const [, reservoir] = await Promise.all([this.primeIntake, this.checkReservoir()]);

    const fillRatio = reservoir.levelM / reservoir.capacityM;
    const rpm = Math.round(MAX_RPM * Math.min(1, 0.6 + fillRatio * 0.4));
    const gatesOpened: string[] = [];
    for (const gate of plan.gates) {
      await this.bus.openGate(gate);
      gatesOpened.push(gate);
    }
    await this.bus.setRpm(rpm);

    const totalLiters = plan.litersPerHectare * plan.hectares;
    const litersPerMinute = LITERS_PER_MINUTE_AT_MAX * (rpm / MAX_RPM);
    return {
      stationId: this.stationId,
      gatesOpened,
      pumpRpm: rpm,
      estimatedMinutes: Math.ceil(totalLiters / litersPerMinute),
    };
  }
}
