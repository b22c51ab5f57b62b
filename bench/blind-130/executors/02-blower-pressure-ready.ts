// expect: none
// Every exit path (pressure reached, fault, stop, timeout) goes through one finish helper that removes all listeners and clears the timer before settling exactly once.
import type { EventEmitter } from 'node:events';

export interface WindChestReading {
  inchesOfWater: number;
  rpm: number;
  motorTempC: number;
}

export interface BlowerMotor extends EventEmitter {
  readonly serial: string;
  start(targetRpm: number): void;
  stop(): void;
}

export class BlowerFaultError extends Error {
  constructor(
    readonly serial: string,
    readonly code: string,
  ) {
    super(`blower ${serial} reported fault ${code}`);
    this.name = 'BlowerFaultError';
  }
}

export function waitForWindPressure(
  motor: BlowerMotor,
  targetInches: number,
  timeoutMs: number,
): Promise<WindChestReading> {
  return new Promise<WindChestReading>((resolve, reject) => {
    const timer = setTimeout(() => {
      finish(new Error(`blower ${motor.serial} did not reach ${targetInches}" within ${timeoutMs}ms`));
    }, timeoutMs);

    const onReading = (reading: WindChestReading) => {
      if (reading.inchesOfWater >= targetInches) finish(undefined, reading);
    };
    const onFault = (code: string) => finish(new BlowerFaultError(motor.serial, code));
    const onStopped = () => finish(new Error(`blower ${motor.serial} stopped before reaching pressure`));

    function finish(err?: Error, reading?: WindChestReading): void {
      clearTimeout(timer);
      motor.off('reading', onReading);
      motor.off('fault', onFault);
      motor.off('stopped', onStopped);
      if (err) reject(err);
      else resolve(reading!);
    }

    motor.on('reading', onReading);
    motor.on('fault', onFault);
    motor.on('stopped', onStopped);
  });
}

export interface SpinUpPlan {
  targetRpm: number;
  targetInches: number;
  timeoutMs: number;
}

export async function spinUpForService(motor: BlowerMotor, plan: SpinUpPlan): Promise<WindChestReading> {
  const ready = waitForWindPressure(motor, plan.targetInches, plan.timeoutMs);
  motor.start(plan.targetRpm);
  try {
    return await ready;
  } catch (err) {
    motor.stop();
    throw err;
  }
}

export function describeReading(reading: WindChestReading): string {
  const temp = reading.motorTempC > 70 ? 'HOT' : 'ok';
  return `${reading.inchesOfWater.toFixed(1)}" wind at ${reading.rpm} rpm (motor ${temp})`;
}
