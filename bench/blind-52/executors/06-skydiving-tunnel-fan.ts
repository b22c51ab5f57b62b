// expect: none
// The stored deferred is taken and cleared before it settles, and both the 'stable' and 'trip' paths plus dispose() settle it.
import { EventEmitter } from 'node:events';

export interface FanTelemetry {
  rpm: number;
  airspeedKmh: number;
  motorTempC: number;
}

declare const vfd: EventEmitter & {
  setTargetAirspeed(kmh: number): void;
  emergencyStop(): void;
};

declare const opsLog: {
  write(line: string): Promise<void>;
};

type Deferred<T> = PromiseWithResolvers<T>;

export class FanTripError extends Error {
  constructor(readonly reason: string) {
    super(`tunnel fan tripped: ${reason}`);
    this.name = 'FanTripError';
  }
}

export class TunnelFanController {
  private pending: Deferred<FanTelemetry> | null = null;
  private lastTelemetry: FanTelemetry | null = null;

  constructor() {
    vfd.on('stable', this.onStable);
    vfd.on('trip', this.onTrip);
    vfd.on('telemetry', this.onTelemetry);
  }

  private takePending(): Deferred<FanTelemetry> | null {
    const current = this.pending;
    this.pending = null;
    return current;
  }

  private readonly onTelemetry = (t: FanTelemetry): void => {
    this.lastTelemetry = t;
  };

  private readonly onStable = (t: FanTelemetry): void => {
    this.takePending()?.resolve(t);
  };

  private readonly onTrip = (reason: string): void => {
    this.takePending()?.reject(new FanTripError(reason));
  };

  rampTo(airspeedKmh: number): Promise<FanTelemetry> {
    if (airspeedKmh < 0 || airspeedKmh > 320) {
      return Promise.reject(new RangeError(`airspeed ${airspeedKmh} km/h out of range`));
    }
    this.takePending()?.reject(new Error('superseded by a newer ramp request'));
    const deferred = Promise.withResolvers<FanTelemetry>();
    this.pending = deferred;
    vfd.setTargetAirspeed(airspeedKmh);
    return deferred.promise;
  }

  async startSession(flyerWeightKg: number): Promise<FanTelemetry> {
    const target = Math.min(280, 150 + flyerWeightKg * 0.9);
    const telemetry = await this.rampTo(target);
    await opsLog.write(`session start target=${target} rpm=${telemetry.rpm}`);
    return telemetry;
  }

  async stopSession(): Promise<void> {
    const telemetry = await this.rampTo(0);
    await opsLog.write(`session stop temp=${telemetry.motorTempC}`);
  }

  snapshot(): FanTelemetry | null {
    return this.lastTelemetry;
  }

  dispose(): void {
    vfd.off('stable', this.onStable);
    vfd.off('trip', this.onTrip);
    vfd.off('telemetry', this.onTelemetry);
    vfd.emergencyStop();
    this.takePending()?.reject(new FanTripError('controller disposed'));
  }
}
