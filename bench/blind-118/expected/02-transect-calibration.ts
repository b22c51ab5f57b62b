// expect: no-uncalled-async-function
// runChecklist awaits the step function itself (await run) instead of calling it, so no calibration step ever executes and every step is logged as passed.
export type CalibrationStep = 'depth' | 'compass' | 'camera' | 'tape';

export interface SurveyInstruments {
  zeroDepthGauge(): Promise<number>;
  calibrateCompass(declinationDeg: number): Promise<void>;
  whiteBalance(kelvin: number): Promise<void>;
  checkTapeTension(): Promise<boolean>;
}

export interface StepLog {
  step: CalibrationStep;
  ms: number;
  ok: boolean;
}

export class TransectCalibration {
  readonly log: StepLog[] = [];
  private depthOffsetM = 0;

  private readonly steps: Record<CalibrationStep, () => Promise<void>>;

  constructor(
    private readonly instruments: SurveyInstruments,
    private readonly declinationDeg: number,
  ) {
    this.steps = {
      depth: async () => {
        this.depthOffsetM = await this.instruments.zeroDepthGauge();
      },
      compass: () => this.instruments.calibrateCompass(this.declinationDeg),
      camera: () => this.instruments.whiteBalance(5200),
      tape: async () => {
        if (!(await this.instruments.checkTapeTension())) {
          throw new Error('transect tape is slack; re-stake before surveying');
        }
      },
    };
  }

  async runChecklist(order: CalibrationStep[] = ['depth', 'compass', 'camera', 'tape']): Promise<boolean> {
    let allOk = true;
    for (const step of order) {
      const run = this.steps[step];
      const started = Date.now();
      try {
        await run;
        this.log.push({ step, ms: Date.now() - started, ok: true });
      } catch {
        allOk = false;
        this.log.push({ step, ms: Date.now() - started, ok: false });
      }
    }
    return allOk;
  }

  correctDepth(rawDepthM: number): number {
    return Math.max(rawDepthM - this.depthOffsetM, 0);
  }
}
