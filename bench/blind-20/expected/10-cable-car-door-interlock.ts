// expect: no-uncalled-async-function
// openDoors checks `!this.brake.isHolding` (an async method reference, always truthy) instead of awaiting the call, so the brake interlock never blocks the doors.
import { EventEmitter } from 'node:events';

export interface BrakeTelemetry {
  hydraulicBar: number;
  padWearPct: number;
  engaged: boolean;
}

declare const plc: {
  readRegister(address: number): Promise<number>;
  writeCoil(address: number, value: boolean): Promise<void>;
};

const REG_HYDRAULIC = 40_101;
const REG_PAD_WEAR = 40_102;
const COIL_BRAKE = 10;
const COIL_DOORS = 22;
const MIN_HOLDING_BAR = 140;

export class TrackBrake {
  async telemetry(): Promise<BrakeTelemetry> {
    const [hydraulicBar, padWearPct] = await Promise.all([plc.readRegister(REG_HYDRAULIC), plc.readRegister(REG_PAD_WEAR)]);
    return { hydraulicBar, padWearPct, engaged: hydraulicBar > 0 };
  }

  async isHolding(): Promise<boolean> {
    const t = await this.telemetry();
    return t.engaged && t.hydraulicBar >= MIN_HOLDING_BAR;
  }

  async engage(): Promise<void> {
    await plc.writeCoil(COIL_BRAKE, true);
  }
}

export class CabinController extends EventEmitter {
  private doorsOpen = false;

  constructor(
    readonly cabinId: string,
    private readonly brake: TrackBrake,
  ) {
    super();
  }

  async arriveAtStation(station: string): Promise<void> {
    await this.brake.engage();
    this.emit('arrived', this.cabinId, station);
    await this.openDoors();
  }

  async openDoors(): Promise<void> {
    if (this.doorsOpen) return;
    if (!this.brake.isHolding) {
      this.emit('interlock', this.cabinId, 'brake not holding');
      throw new Error(`cabin ${this.cabinId}: refusing to open doors, brake not holding`);
    }
    await plc.writeCoil(COIL_DOORS, true);
    this.doorsOpen = true;
    this.emit('doors', this.cabinId, 'open');
  }

  async closeDoors(): Promise<void> {
    if (!this.doorsOpen) return;
    await plc.writeCoil(COIL_DOORS, false);
    this.doorsOpen = false;
    this.emit('doors', this.cabinId, 'closed');
  }

  async depart(): Promise<void> {
    await this.closeDoors();
    const t = await this.brake.telemetry();
    if (t.padWearPct > 85) {
      this.emit('maintenance', this.cabinId, `pad wear ${t.padWearPct}%`);
    }
    await plc.writeCoil(COIL_BRAKE, false);
    this.emit('departed', this.cabinId);
  }
}
