// expect: no-reused-settled-promise
// waitForRelease reads the brake status once before the loop and re-awaits that settled promise each poll, so it never sees the brake release.
import { setTimeout as delay } from 'node:timers/promises';

export type BrakeState = 'engaged' | 'releasing' | 'released' | 'fault';

export interface BrakeStatus {
  carId: string;
  state: BrakeState;
  hydraulicBar: number;
  padWearMm: number;
  readAt: number;
}

export interface DepartureClearance {
  carId: string;
  clearedAt: Date;
  hydraulicBar: number;
}

declare const brakeController: {
  requestRelease(carId: string): Promise<void>;
  readStatus(carId: string): Promise<BrakeStatus>;
  engage(carId: string): Promise<void>;
};

declare const signalBox: {
  isTrackClear(section: string): Promise<boolean>;
  logDeparture(clearance: DepartureClearance): Promise<void>;
};

const MIN_PAD_MM = 4;
const MIN_RELEASE_BAR = 95;

export class BrakeReleaseError extends Error {
  constructor(readonly carId: string, readonly last: BrakeStatus | undefined, message: string) {
    super(message);
  }
}

export class CarDispatcher {
  constructor(
    private readonly pollMs = 250,
    private readonly releaseTimeoutMs = 8000,
  ) {}

  private async waitForRelease(carId: string): Promise<BrakeStatus> {
    const deadline = Date.now() + this.releaseTimeoutMs;
    const status = brakeController.readStatus(carId);
    let last: BrakeStatus | undefined;
    while (Date.now() < deadline) {
      last = await status;
      if (last.state === 'fault') {
        throw new BrakeReleaseError(carId, last, `brake fault on ${carId}`);
      }
      if (last.state === 'released' && last.hydraulicBar >= MIN_RELEASE_BAR) {
        return last;
      }
      await delay(this.pollMs);
    }
    throw new BrakeReleaseError(carId, last, `brakes on ${carId} not released after ${this.releaseTimeoutMs}ms`);
  }

  async dispatch(carId: string, section: string): Promise<DepartureClearance> {
    if (!(await signalBox.isTrackClear(section))) {
      throw new Error(`section ${section} is occupied`);
    }
    await brakeController.requestRelease(carId);
    let status: BrakeStatus;
    try {
      status = await this.waitForRelease(carId);
    } catch (err) {
      await brakeController.engage(carId);
      throw err;
    }
    if (status.padWearMm < MIN_PAD_MM) {
      await brakeController.engage(carId);
      throw new Error(`car ${carId} pads at ${status.padWearMm}mm, below ${MIN_PAD_MM}mm`);
    }
    const clearance = { carId, clearedAt: new Date(), hydraulicBar: status.hydraulicBar };
    await signalBox.logDeparture(clearance);
    return clearance;
  }
}
