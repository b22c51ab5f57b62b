// expect: no-read-before-settle
// Bug: currentAz is assigned in the rotator.query callback, which fires after the serial round-trip, but the slew estimate reads it synchronously right after the call, so it always uses 0.
import { EventEmitter } from 'node:events';

type NodeCallback<T> = (err: Error | null, value: T) => void;

interface RotatorController {
  query(axis: 'AZ' | 'EL', cb: NodeCallback<number>): void;
  slew(az: number, el: number, cb: NodeCallback<void>): void;
}

export interface PassWindow {
  satellite: string;
  aos: Date;
  los: Date;
  startAzimuth: number;
  maxElevation: number;
}

export interface PassPlan {
  pass: PassWindow;
  slewSeconds: number;
  preposition: boolean;
}

const SLEW_DEG_PER_SEC = 3.2;
const SETTLE_MARGIN_SEC = 20;

function angularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

export class PassPlanner extends EventEmitter {
  constructor(
    private readonly rotator: RotatorController,
    private readonly clock: () => Date = () => new Date(),
  ) {
    super();
  }

  plan(pass: PassWindow): PassPlan {
    let currentAz = 0;
    this.rotator.query('AZ', (err, az) => {
      if (err) {
        this.emit('warning', `azimuth query failed: ${err.message}`);
        return;
      }
      currentAz = az;
    });

    const slewSeconds = angularDistance(currentAz, pass.startAzimuth) / SLEW_DEG_PER_SEC;
    const secondsUntilAos = (pass.aos.getTime() - this.clock().getTime()) / 1000;
    const preposition = secondsUntilAos > slewSeconds + SETTLE_MARGIN_SEC;

    if (!preposition) {
      this.emit('warning', `${pass.satellite}: rotator may miss AOS by ${Math.ceil(slewSeconds - secondsUntilAos)}s`);
    }

    return { pass, slewSeconds, preposition };
  }

  execute(plan: PassPlan): Promise<void> {
    return new Promise((resolve, reject) => {
      this.rotator.slew(plan.pass.startAzimuth, 0, (err) => {
        if (err) {
          reject(err);
          return;
        }
        this.emit('positioned', plan.pass.satellite);
        resolve();
      });
    });
  }
}
