// expect: none
// waitForLaneClear stops both the poll interval and the deadline timer through one stop() helper before either resolve or reject, so once the lane is clear (or time runs out) nothing can fire and settle again.
import { EventEmitter } from 'node:events';

export interface LaneSensor {
  /** True when the downrange light curtain sees nobody between the line and the butts. */
  isClear(lane: number): boolean;
}

export interface Whistle {
  blast(count: 1 | 2 | 3): void;
}

export function waitForLaneClear(sensor: LaneSensor, lane: number, timeoutMs: number, pollMs = 200): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stop = (): void => {
      clearInterval(poll);
      clearTimeout(deadline);
    };
    const check = (): void => {
      if (sensor.isClear(lane)) {
        stop();
        resolve();
      }
    };
    const poll = setInterval(check, pollMs);
    const deadline = setTimeout(() => {
      stop();
      reject(new Error(`lane ${lane} still occupied after ${timeoutMs}ms`));
    }, timeoutMs);
  });
}

export class RangeOfficer extends EventEmitter {
  private shooting = false;

  constructor(
    private readonly sensor: LaneSensor,
    private readonly whistle: Whistle,
    private readonly lanes: number[],
  ) {
    super();
  }

  get isShooting(): boolean {
    return this.shooting;
  }

  /** Two blasts: archers collect arrows. Shooting resumes only when every lane is empty again. */
  async collectArrows(timeoutMs = 180_000): Promise<void> {
    this.shooting = false;
    this.whistle.blast(2);
    this.emit('collecting');
    await Promise.all(this.lanes.map((lane) => waitForLaneClear(this.sensor, lane, timeoutMs)));
    this.emit('lanes-clear');
  }

  async startEnd(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => waitForLaneClear(this.sensor, lane, 10_000)));
    this.shooting = true;
    this.whistle.blast(1);
    this.emit('shooting');
  }

  ceaseFire(): void {
    this.shooting = false;
    this.whistle.blast(3);
    this.emit('cease-fire');
  }
}
