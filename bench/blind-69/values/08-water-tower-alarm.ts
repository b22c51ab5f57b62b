// expect: no-read-before-settle
// arm() registers a 'calibrated' listener that sets baselineM, then immediately reads baselineM to compute the alarm threshold, so the threshold is always built from the default.
import { EventEmitter } from 'node:events';

export interface TowerSpec {
  towerId: string;
  heightM: number;
  headroomM: number;
  lowWaterM: number;
}

export interface Calibration {
  towerId: string;
  baselineM: number;
  drift: number;
}

export interface LevelSample {
  towerId: string;
  metres: number;
}

export type AlarmState = 'normal' | 'high' | 'low';

const DEFAULT_BASELINE_M = 0.5;

export class TowerAlarm extends EventEmitter {
  private baselineM: number | undefined;
  private highThresholdM = Number.POSITIVE_INFINITY;
  private lowThresholdM = Number.NEGATIVE_INFINITY;
  private state: AlarmState = 'normal';
  private armed = false;

  constructor(
    private readonly spec: TowerSpec,
    private readonly sensor: EventEmitter & { calibrate(): void },
  ) {
    super();
  }

  arm(): void {
    if (this.armed) return;
    this.armed = true;

    this.sensor.once('calibrated', (cal: Calibration) => {
      this.baselineM = cal.baselineM;
    });
    this.sensor.calibrate();

    const baseline = this.baselineM ?? DEFAULT_BASELINE_M;
    this.highThresholdM = baseline + this.spec.heightM - this.spec.headroomM;
    this.lowThresholdM = baseline + this.spec.lowWaterM;

    this.sensor.on('level', (sample: LevelSample) => this.onLevel(sample));
  }

  private onLevel(sample: LevelSample): void {
    if (sample.towerId !== this.spec.towerId) return;
    let next: AlarmState = 'normal';
    if (sample.metres >= this.highThresholdM) next = 'high';
    else if (sample.metres <= this.lowThresholdM) next = 'low';
    if (next !== this.state) {
      const previous = this.state;
      this.state = next;
      this.emit('alarm-change', { towerId: this.spec.towerId, from: previous, to: next, metres: sample.metres });
    }
  }

  disarm(): void {
    this.sensor.removeAllListeners('level');
    this.armed = false;
    this.state = 'normal';
  }

  thresholds(): { highM: number; lowM: number } {
    return { highM: this.highThresholdM, lowM: this.lowThresholdM };
  }

  currentState(): AlarmState {
    return this.state;
  }
}
