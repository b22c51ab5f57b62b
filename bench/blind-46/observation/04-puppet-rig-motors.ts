// expect: no-unchecked-settled-results
// homeAllAxes casts every allSettled result to fulfilled and reads .value, so a motor that failed to home yields undefined positions.
export interface MotorAxis {
  axisId: string;
  puppet: string;
  joint: 'head-tilt' | 'head-pan' | 'jaw' | 'left-arm' | 'right-arm' | 'eyelids';
  softLimitDeg: [number, number];
}

export interface HomeResult {
  axisId: string;
  encoderZero: number;
  travelledDeg: number;
}

export interface CueFrame {
  atMs: number;
  targets: Record<string, number>;
}

declare const motorBus: {
  home(axisId: string): Promise<HomeResult>;
  moveTo(axisId: string, degrees: number, durationMs: number): Promise<void>;
  torqueOff(axisId: string): Promise<void>;
};

declare const showControl: {
  report(event: string, detail: Record<string, unknown>): void;
};

export class PuppetRig {
  private readonly zero = new Map<string, number>();

  constructor(private readonly axes: MotorAxis[]) {}

  async homeAllAxes(): Promise<Map<string, number>> {
    const settled = await Promise.allSettled(this.axes.map((axis) => motorBus.home(axis.axisId)));
    const results = settled.map((r) => (r as PromiseFulfilledResult<HomeResult>).value);
    for (const [i, axis] of this.axes.entries()) {
      const result = results[i];
      this.zero.set(axis.axisId, result?.encoderZero);
      showControl.report('axis-homed', { axisId: axis.axisId, travelled: result?.travelledDeg });
    }
    return this.zero;
  }

  private clamp(axis: MotorAxis, degrees: number): number {
    const [min, max] = axis.softLimitDeg;
    return Math.min(max, Math.max(min, degrees));
  }

  async playCue(frames: CueFrame[]): Promise<void> {
    if (this.zero.size !== this.axes.length) throw new Error('rig must be homed before playing a cue');
    const ordered = [...frames].sort((a, b) => a.atMs - b.atMs);
    let previousAt = 0;
    for (const frame of ordered) {
      const duration = Math.max(20, frame.atMs - previousAt);
      const moves: Promise<void>[] = [];
      for (const axis of this.axes) {
        const target = frame.targets[axis.joint];
        if (target === undefined) continue;
        moves.push(motorBus.moveTo(axis.axisId, this.clamp(axis, target), duration));
      }
      await Promise.all(moves);
      previousAt = frame.atMs;
    }
  }

  async safeStop(): Promise<string[]> {
    const outcomes = await Promise.all(
      this.axes.map((axis) =>
        motorBus.torqueOff(axis.axisId).then(
          () => null,
          () => axis.axisId,
        ),
      ),
    );
    return outcomes.filter((id): id is string => id !== null);
  }
}
