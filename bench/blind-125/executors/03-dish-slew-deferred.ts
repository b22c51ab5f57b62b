// expect: none
// The withResolvers deferred is settled exactly once per slew: tracking, fault and timeout paths all detach the listener and clear the timer before settling.
import { EventEmitter } from 'node:events';

export type MountState = 'idle' | 'slewing' | 'tracking' | 'fault';

export interface MountStatus {
  state: MountState;
  azDeg: number;
  elDeg: number;
  faultCode?: string;
}

export interface MountDriver extends EventEmitter {
  command(line: string): void;
}

export interface SlewTarget {
  source: string;
  azDeg: number;
  elDeg: number;
}

export class SlewController {
  private inFlight: Promise<MountStatus> | undefined;

  constructor(
    private readonly driver: MountDriver,
    private readonly slewTimeoutMs = 180_000,
  ) {}

  slewTo(target: SlewTarget): Promise<MountStatus> {
    if (this.inFlight) {
      return Promise.reject(new Error(`mount busy, cannot slew to ${target.source}`));
    }
    if (target.elDeg < 8) {
      return Promise.reject(new Error(`${target.source} is below the horizon limit`));
    }

    const { promise, resolve, reject } = Promise.withResolvers<MountStatus>();

    const finish = (): void => {
      clearTimeout(timer);
      this.driver.off('status', onStatus);
      this.inFlight = undefined;
    };

    const onStatus = (status: MountStatus): void => {
      if (status.state === 'tracking') {
        finish();
        resolve(status);
      } else if (status.state === 'fault') {
        finish();
        reject(new Error(`mount fault ${status.faultCode ?? 'unknown'} while slewing to ${target.source}`));
      }
    };

    const timer = setTimeout(() => {
      finish();
      this.driver.command('STOP');
      reject(new Error(`slew to ${target.source} timed out after ${this.slewTimeoutMs} ms`));
    }, this.slewTimeoutMs);

    this.driver.on('status', onStatus);
    this.driver.command(`SLEW ${target.azDeg.toFixed(4)} ${target.elDeg.toFixed(4)}`);
    this.inFlight = promise;
    return promise;
  }

  async observe(targets: SlewTarget[], integrate: (t: SlewTarget) => Promise<void>): Promise<void> {
    for (const target of targets) {
      await this.slewTo(target);
      await integrate(target);
    }
  }
}
