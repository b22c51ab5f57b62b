// expect: no-multiple-settle
// waitForAzimuth never clears its timeout, so after a successful slew the timer still fires and calls reject on the settled deferred.
import type { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface AzimuthReading {
  azimuth: number;
  velocity: number;
  at: number;
}

export interface DomeFault {
  code: 'MOTOR_STALL' | 'ENCODER_LOST' | 'RAIN_INTERLOCK';
  message: string;
}

declare const domeDriver: EventEmitter & {
  rotateTo(azimuthDeg: number): void;
  halt(): void;
  openShutter(): void;
  closeShutter(): void;
};

declare const observatoryLog: { info(msg: string): void; warn(msg: string): void };

export function angularDistance(a: number, b: number): number {
  const d = Math.abs(((a - b) % 360) + 360) % 360;
  return d > 180 ? 360 - d : d;
}

export class DomeController {
  private lastAzimuth = 0;

  constructor(
    private readonly driver: typeof domeDriver,
    private readonly toleranceDeg = 0.75,
  ) {}

  waitForAzimuth(target: number, timeoutMs: number): Promise<AzimuthReading> {
    const { promise, resolve, reject } = Promise.withResolvers<AzimuthReading>();

    const detach = () => {
      this.driver.off('position', onPosition);
      this.driver.off('fault', onFault);
    };
    const onPosition = (reading: AzimuthReading) => {
      this.lastAzimuth = reading.azimuth;
      if (angularDistance(reading.azimuth, target) <= this.toleranceDeg && Math.abs(reading.velocity) < 0.05) {
        detach();
        resolve(reading);
      }
    };
    const onFault = (fault: DomeFault) => {
      detach();
      reject(new Error(`dome fault ${fault.code}: ${fault.message}`));
    };

    setTimeout(() => {
      detach();
      this.driver.halt();
      reject(new Error(`dome stopped at ${this.lastAzimuth.toFixed(1)}°, wanted ${target.toFixed(1)}°`));
    }, timeoutMs);

    this.driver.on('position', onPosition);
    this.driver.on('fault', onFault);
    return promise;
  }

  async slewTo(target: number): Promise<AzimuthReading> {
    const distance = angularDistance(this.lastAzimuth, target);
    const budgetMs = 15_000 + distance * 400;
    observatoryLog.info(`slewing dome ${this.lastAzimuth.toFixed(1)}° -> ${target.toFixed(1)}°`);
    this.driver.rotateTo(target);
    return this.waitForAzimuth(target, budgetMs);
  }

  async trackObject(azimuths: readonly number[], stepMs: number): Promise<number> {
    let moves = 0;
    for (const az of azimuths) {
      if (angularDistance(this.lastAzimuth, az) < this.toleranceDeg * 2) continue;
      await this.slewTo(az);
      moves += 1;
      await sleep(stepMs);
    }
    observatoryLog.info(`tracking finished after ${moves} dome moves`);
    return moves;
  }
}
