// expect: require-signal-propagation
// wind() accepts options.signal but never checks it or passes it on, so cancelling a winding job leaves the motor stepping through every remaining turn.
export interface WindOptions {
  turns?: number;
  torqueLimitNm?: number;
  signal?: AbortSignal;
}

export interface WindReport {
  towerId: string;
  turnsCompleted: number;
  peakTorqueNm: number;
  stoppedBy: 'complete' | 'torque' | 'end-stop';
}

interface WindingMotor {
  step(towerId: string, degrees: number): Promise<number>;
  atEndStop(towerId: string): Promise<boolean>;
  release(towerId: string): Promise<void>;
}

declare const towerRegistry: {
  defaultTurns(towerId: string): number;
  recordWinding(report: WindReport): Promise<void>;
};

const STEP_DEGREES = 15;
const STEPS_PER_TURN = 360 / STEP_DEGREES;

export class ClockWinder {
  private readonly active = new Set<string>();

  constructor(private readonly motor: WindingMotor) {}

  isWinding(towerId: string): boolean {
    return this.active.has(towerId);
  }

  async wind(towerId: string, options: WindOptions = {}): Promise<WindReport> {
    if (this.active.has(towerId)) {
      throw new Error(`tower ${towerId} is already being wound`);
    }
    const turns = options.turns ?? towerRegistry.defaultTurns(towerId);
    const torqueLimitNm = options.torqueLimitNm ?? 40;
    this.active.add(towerId);

    let peakTorqueNm = 0;
    let turnsCompleted = 0;
    let stoppedBy: WindReport['stoppedBy'] = 'complete';

    try {
      outer: for (let turn = 0; turn < turns; turn++) {
        for (let step = 0; step < STEPS_PER_TURN; step++) {
          const torque = await this.motor.step(towerId, STEP_DEGREES);
          peakTorqueNm = Math.max(peakTorqueNm, torque);
          if (torque > torqueLimitNm) {
            stoppedBy = 'torque';
            break outer;
          }
        }
        turnsCompleted++;
        if (await this.motor.atEndStop(towerId)) {
          stoppedBy = 'end-stop';
          break;
        }
      }
    } finally {
      await this.motor.release(towerId);
      this.active.delete(towerId);
    }

    const report: WindReport = { towerId, turnsCompleted, peakTorqueNm, stoppedBy };
    await towerRegistry.recordWinding(report);
    return report;
  }
}

export async function windAll(winder: ClockWinder, towers: string[], signal?: AbortSignal): Promise<WindReport[]> {
  const reports: WindReport[] = [];
  for (const towerId of towers) {
    if (signal?.aborted) break;
    reports.push(await winder.wind(towerId, { signal }));
  }
  return reports;
}
