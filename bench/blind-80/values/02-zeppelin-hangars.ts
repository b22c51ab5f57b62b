// expect: none
// The `if (this.moving)` test and `!== null` comparison deliberately check whether a door operation is in progress (the promise field is null when idle); nothing treats the promise as its result.
import { setTimeout as delay } from 'node:timers/promises';

export type DoorState = 'closed' | 'opening' | 'open' | 'closing';

declare const doorMotor: {
  start(direction: 'open' | 'close'): Promise<void>;
  stop(): Promise<void>;
  positionPct(): Promise<number>;
};

declare const windSensor: {
  gustKnots(): Promise<number>;
};

const MAX_GUST_FOR_DOORS = 20;

export class HangarDoorController {
  private state: DoorState = 'closed';
  private moving: Promise<DoorState> | null = null;

  get isMoving(): boolean {
    return this.moving !== null;
  }

  get currentState(): DoorState {
    return this.state;
  }

  open(): Promise<DoorState> {
    return this.move('open');
  }

  close(): Promise<DoorState> {
    return this.move('close');
  }

  private move(direction: 'open' | 'close'): Promise<DoorState> {
    const target: DoorState = direction === 'open' ? 'open' : 'closed';
    if (this.state === target && !this.moving) return Promise.resolve(this.state);
    if (this.moving) {
      // A second request while the doors are moving waits for the first to finish,
      // then re-issues if it asked for the other direction.
      return this.moving.then((reached) => (reached === target ? reached : this.move(direction)));
    }
    this.moving = this.runMotor(direction).finally(() => {
      this.moving = null;
    });
    return this.moving;
  }

  private async runMotor(direction: 'open' | 'close'): Promise<DoorState> {
    const gust = await windSensor.gustKnots();
    if (direction === 'open' && gust > MAX_GUST_FOR_DOORS) {
      throw new Error(`gusting ${gust}kt: hangar doors stay shut`);
    }
    this.state = direction === 'open' ? 'opening' : 'closing';
    await doorMotor.start(direction);
    const deadline = Date.now() + 6 * 60_000;
    for (;;) {
      const pct = await doorMotor.positionPct();
      if ((direction === 'open' && pct >= 100) || (direction === 'close' && pct <= 0)) break;
      if (Date.now() > deadline) {
        await doorMotor.stop();
        throw new Error(`doors stuck at ${pct}% while ${this.state}`);
      }
      await delay(2_000);
    }
    await doorMotor.stop();
    this.state = direction === 'open' ? 'open' : 'closed';
    return this.state;
  }
}

export async function prepareForArrival(doors: HangarDoorController, etaMinutes: number): Promise<string> {
  if (etaMinutes > 30) return `doors ${doors.currentState}; will open nearer arrival`;
  const state = await doors.open();
  return `doors ${state}${doors.isMoving ? ' (still moving)' : ''}`;
}
