// expect: no-uncalled-async-function
// openLid awaits this.isPressureVented (the method, not a call); awaiting a function just yields the function, which is truthy, so the lid-interlock check always passes even while the still is pressurised.
import { EventEmitter } from 'node:events';

export interface StillSensors {
  boilerPressureKpa(): Promise<number>;
  condenserOutletC(): Promise<number>;
  lidLocked(): Promise<boolean>;
}

export interface StillActuators {
  closeSteamValve(): Promise<void>;
  openVent(): Promise<void>;
  releaseLid(): Promise<void>;
}

const SAFE_PRESSURE_KPA = 2;
const SAFE_CONDENSER_C = 45;

export class StillShutdown extends EventEmitter {
  constructor(
    private readonly stillId: string,
    private readonly sensors: StillSensors,
    private readonly actuators: StillActuators,
  ) {
    super();
  }

  async isPressureVented(): Promise<boolean> {
    const kpa = await this.sensors.boilerPressureKpa();
    return kpa <= SAFE_PRESSURE_KPA;
  }

  async isCondenserCool(): Promise<boolean> {
    return (await this.sensors.condenserOutletC()) <= SAFE_CONDENSER_C;
  }

  async shutDown(): Promise<void> {
    await this.actuators.closeSteamValve();
    this.emit('stage', 'steam closed');
    await this.actuators.openVent();
    this.emit('stage', 'venting');
  }

  async openLid(): Promise<void> {
    if (!(await this.sensors.lidLocked())) {
      this.emit('stage', 'lid already released');
      return;
    }
    if (!(await this.isPressureVented)) {
      throw new Error(`${this.stillId}: boiler still under pressure, lid stays locked`);
    }
    if (!(await this.isCondenserCool())) {
      this.emit('warning', 'condenser still hot; expect steam at the lid');
    }
    await this.actuators.releaseLid();
    this.emit('stage', 'lid released');
  }
}

export async function endOfCharge(still: StillShutdown, waitForVentMs = 120_000): Promise<void> {
  await still.shutDown();
  const deadline = Date.now() + waitForVentMs;
  while (!(await still.isPressureVented())) {
    if (Date.now() > deadline) throw new Error('vent timed out');
    await new Promise((r) => setTimeout(r, 5_000));
  }
  await still.openLid();
}
