// expect: none
// The interlock listener starts emergencyStop but attaches a catch that reports the fault, and every other drive call is awaited.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface FanDrive {
  setRpm(rpm: number): Promise<void>;
  engageBrake(): Promise<void>;
  releaseBrake(): Promise<void>;
  currentRpm(): Promise<number>;
}

export interface InterlockPanel extends EventEmitter {
  isClear(): boolean;
}

export interface FaultLog {
  record(source: string, err: unknown): void;
}

export class FanStageController {
  private targetRpm = 0;
  private stopping = false;

  constructor(
    private readonly drive: FanDrive,
    private readonly interlocks: InterlockPanel,
    private readonly faults: FaultLog,
    private readonly maxRpm = 1_180,
  ) {
    interlocks.on('trip', (reason: string) => {
      this.emergencyStop(reason).catch((err) => this.faults.record('emergency-stop', err));
    });
  }

  async rampTo(rpm: number, stepRpm = 40, stepMs = 250): Promise<void> {
    if (rpm < 0 || rpm > this.maxRpm) throw new RangeError(`requested ${rpm} rpm, limit is ${this.maxRpm}`);
    if (!this.interlocks.isClear()) throw new Error('test-section doors or screens not secured');

    this.targetRpm = rpm;
    let current = await this.drive.currentRpm();
    if (current === 0 && rpm > 0) await this.drive.releaseBrake();

    while (current !== this.targetRpm) {
      if (this.stopping) throw new Error('ramp aborted by interlock trip');
      const delta = this.targetRpm - current;
      current += Math.sign(delta) * Math.min(Math.abs(delta), stepRpm);
      await this.drive.setRpm(current);
      await sleep(stepMs);
    }
  }

  async emergencyStop(reason: string): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.targetRpm = 0;
    try {
      await this.drive.setRpm(0);
      await this.drive.engageBrake();
    } finally {
      this.stopping = false;
    }
    this.faults.record('interlock', new Error(`fan stopped: ${reason}`));
  }
}
