// expect: no-unobserved-promise
// The brake self-test promise is stored and only awaited after the door cycle; if it rejects while doors are closing, it has no handler yet.
import { setTimeout as delay } from 'node:timers/promises';

export type CarId = 'upper' | 'lower';

export interface DepartureLog {
  car: CarId;
  doorsClosedAt: number;
  brakeHoldKn: number;
  departedAt: number;
}

declare const brakes: {
  selfTest(car: CarId, signal: AbortSignal): Promise<{ holdingForceKn: number }>;
  release(car: CarId): Promise<void>;
};

declare const doors: {
  closeAll(car: CarId, signal: AbortSignal): Promise<void>;
  obstructed(car: CarId): boolean;
};

declare const haulRope: {
  tensionKn(): Promise<number>;
  start(speedMps: number): Promise<void>;
};

const MIN_BRAKE_HOLD_KN = 180;
const DOOR_RETRY_MS = 3_000;

export class DepartureSequence {
  private controller = new AbortController();

  constructor(private readonly speedMps = 4.5) {}

  abort(reason = 'operator abort'): void {
    this.controller.abort(new Error(reason));
  }

  private async closeDoors(car: CarId): Promise<number> {
    const signal = this.controller.signal;
    for (let attempt = 1; attempt <= 3; attempt++) {
      await doors.closeAll(car, signal);
      if (!doors.obstructed(car)) {
        return Date.now();
      }
      await delay(DOOR_RETRY_MS, undefined, { signal });
    }
    throw new Error(`${car} car doors obstructed after 3 attempts`);
  }

  async depart(car: CarId): Promise<DepartureLog> {
    this.controller = new AbortController();
    const signal = this.controller.signal;

    // The brake test takes ~10 s, so run it while the doors cycle.
    const brakeCheck = brakes.selfTest(car, signal);
    const doorsClosedAt = await this.closeDoors(car);
    const { holdingForceKn } = await brakeCheck;

    if (holdingForceKn < MIN_BRAKE_HOLD_KN) {
      throw new Error(`${car} car brake hold ${holdingForceKn} kN below ${MIN_BRAKE_HOLD_KN} kN`);
    }

    const tension = await haulRope.tensionKn();
    if (tension <= 0) {
      throw new Error('haul rope slack; departure inhibited');
    }

    await brakes.release(car);
    await haulRope.start(this.speedMps);
    return { car, doorsClosedAt, brakeHoldKn: holdingForceKn, departedAt: Date.now() };
  }
}
