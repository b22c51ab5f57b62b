// expect: none
// lastAlkalinity and the drip totals are written in a .then callback and a 'drip' listener, but each is read only after awaiting the promise chain or once(pump, 'stopped'), so the values are already written when used.
import { EventEmitter, once } from 'node:events';

export interface AlkalinityTester {
  measureDkh(tankId: string): Promise<number>;
}

/** run() only queues the dose; 'drip' and 'stopped' are emitted later from the serial port reader. */
export interface DosingPump extends EventEmitter {
  run(tankId: string, ml: number): void;
}

export interface CalibrationResult {
  tankId: string;
  beforeDkh: number;
  afterDkh: number;
  dosedMl: number;
  dkhPerMl: number;
}

export class DosingCalibrator {
  private lastAlkalinity = new Map<string, number>();

  constructor(
    private readonly tester: AlkalinityTester,
    private readonly pump: DosingPump,
    private readonly mixWait: (ms: number) => Promise<void>,
  ) {}

  private measure(tankId: string): Promise<void> {
    return this.tester.measureDkh(tankId).then((dkh) => {
      if (dkh < 5 || dkh > 14) throw new Error(`${tankId}: implausible alkalinity ${dkh} dKH, re-run test`);
      this.lastAlkalinity.set(tankId, dkh);
    });
  }

  async calibrate(tankId: string, testDoseMl: number): Promise<CalibrationResult> {
    await this.measure(tankId);
    const beforeDkh = this.lastAlkalinity.get(tankId)!;

    let dosedMl = 0;
    const onDrip = (ml: number): void => {
      dosedMl += ml;
    };
    this.pump.on('drip', onDrip);
    try {
      this.pump.run(tankId, testDoseMl);
      await once(this.pump, 'stopped');
    } finally {
      this.pump.off('drip', onDrip);
    }

    await this.mixWait(20 * 60_000);
    await this.measure(tankId);
    const afterDkh = this.lastAlkalinity.get(tankId)!;

    if (dosedMl <= 0) throw new Error(`${tankId}: pump reported no drips during calibration`);
    return {
      tankId,
      beforeDkh,
      afterDkh,
      dosedMl,
      dkhPerMl: (afterDkh - beforeDkh) / dosedMl,
    };
  }
}

export function dailyDoseMl(result: CalibrationResult, dailyDropDkh: number): number {
  if (result.dkhPerMl <= 0) throw new Error(`${result.tankId}: calibration shows no alkalinity rise`);
  return Math.round((dailyDropDkh / result.dkhPerMl) * 10) / 10;
}
