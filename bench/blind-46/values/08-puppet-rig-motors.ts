// expect: none
// Promises are stored only in a Map<string, Promise> meant for them; every comparison, truthiness test and payload field uses awaited values.
export interface MotorCalibration {
  axis: string;
  stepsPerDegree: number;
  backlashDeg: number;
  calibratedAt: string;
}

export interface PoseKeyframe {
  name: string;
  angles: Record<string, number>;
}

declare const motorController: {
  readCalibration(axis: string): Promise<MotorCalibration>;
  currentStep(axis: string): Promise<number>;
  moveSteps(axis: string, steps: number): Promise<void>;
  isHomed(axis: string): Promise<boolean>;
};

declare const stageManagerConsole: {
  send(event: string, payload: Record<string, unknown>): Promise<void>;
};

export class PoseDriver {
  private readonly calibrations = new Map<string, Promise<MotorCalibration>>();

  constructor(private readonly puppet: string, private readonly axes: string[]) {}

  private calibration(axis: string): Promise<MotorCalibration> {
    let pending = this.calibrations.get(axis);
    if (!pending) {
      pending = motorController.readCalibration(axis);
      pending.catch(() => this.calibrations.delete(axis));
      this.calibrations.set(axis, pending);
    }
    return pending;
  }

  async stepsFor(axis: string, degrees: number): Promise<number> {
    const [cal, current] = await Promise.all([this.calibration(axis), motorController.currentStep(axis)]);
    const target = Math.round(degrees * cal.stepsPerDegree);
    const delta = target - current;
    if (delta === 0) return 0;
    const backlashSteps = Math.round(cal.backlashDeg * cal.stepsPerDegree);
    return delta > 0 ? delta + backlashSteps : delta - backlashSteps;
  }

  async strike(pose: PoseKeyframe): Promise<string[]> {
    const moved: string[] = [];
    for (const axis of this.axes) {
      const degrees = pose.angles[axis];
      if (degrees === undefined) continue;
      const homed = await motorController.isHomed(axis);
      if (!homed) throw new Error(`${this.puppet}: axis ${axis} is not homed`);
      const steps = await this.stepsFor(axis, degrees);
      if (steps === 0) continue;
      await motorController.moveSteps(axis, steps);
      moved.push(axis);
    }
    const cal = moved.length > 0 ? await this.calibration(moved[0]) : undefined;
    await stageManagerConsole.send('pose-struck', {
      puppet: this.puppet,
      pose: pose.name,
      movedAxes: moved,
      calibratedAt: cal?.calibratedAt ?? null,
    });
    return moved;
  }

  async drift(axis: string, expectedDegrees: number): Promise<number> {
    const [cal, step] = await Promise.all([this.calibration(axis), motorController.currentStep(axis)]);
    const expectedStep = Math.round(expectedDegrees * cal.stepsPerDegree);
    return step === expectedStep ? 0 : (step - expectedStep) / cal.stepsPerDegree;
  }
}
