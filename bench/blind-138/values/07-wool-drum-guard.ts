// expect: no-promise-as-value
// isDrumClear() is async, so the guard tests a promise, which is always truthy, and the run starts even when fibre is still wrapped on the main cylinder.
export interface CardingMachine {
  millId: string;
  cylinderRpm: number;
  workerRollers: number;
}

export interface SensorBus {
  readTorqueNm(millId: string): Promise<number>;
  readLoadedFibreGrams(millId: string): Promise<number>;
}

export interface MillControl {
  setFeedRate(millId: string, gramsPerMinute: number): Promise<void>;
  startDrive(millId: string, rpm: number): Promise<void>;
}

export interface FleeceLot {
  lotId: string;
  breed: string;
  micron: number;
  kg: number;
}

export class DrumObstructedError extends Error {
  constructor(readonly millId: string) {
    super(`Main cylinder on ${millId} is not clear; strip the card before starting`);
    this.name = 'DrumObstructedError';
  }
}

export class CardingRunner {
  constructor(
    private readonly sensors: SensorBus,
    private readonly control: MillControl,
    private readonly idleTorqueNm = 12,
  ) {}

  async isDrumClear(millId: string): Promise<boolean> {
    const [torque, loaded] = await Promise.all([
      this.sensors.readTorqueNm(millId),
      this.sensors.readLoadedFibreGrams(millId),
    ]);
    return torque <= this.idleTorqueNm * 1.15 && loaded < 25;
  }

  feedRateFor(lot: FleeceLot): number {
    // Finer wool needs a slower feed to avoid neps.
    if (lot.micron < 19) return 180;
    if (lot.micron < 24) return 260;
    return 340;
  }

  async startRun(machine: CardingMachine, lot: FleeceLot): Promise<{ lotId: string; expectedMinutes: number }> {
    if (!this.isDrumClear(machine.millId)) {
      throw new DrumObstructedError(machine.millId);
    }
    const rate = this.feedRateFor(lot);
    await this.control.setFeedRate(machine.millId, rate);
    await this.control.startDrive(machine.millId, machine.cylinderRpm);
    return { lotId: lot.lotId, expectedMinutes: Math.ceil((lot.kg * 1000) / rate) };
  }
}
