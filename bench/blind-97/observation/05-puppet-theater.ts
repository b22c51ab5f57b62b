// expect: no-unchecked-settled-results
// preShowCheck awaits Promise.allSettled over every marionette calibration and then marks the stage ready without looking at any result's status, so a puppet whose winch failed to calibrate goes on stage as if it passed.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Marionette {
  name: string;
  controlBar: 'vertical' | 'horizontal';
  strings: number;
}

export interface WinchRig {
  home(puppet: string): Promise<void>;
  calibrate(puppet: string, strings: number): Promise<{ slackMm: number }>;
}

export interface StageState {
  act: number;
  ready: boolean;
  calibratedAt: number | null;
}

export class PuppetStage extends EventEmitter {
  private state: StageState = { act: 1, ready: false, calibratedAt: null };

  constructor(private readonly rig: WinchRig, private readonly cast: Marionette[]) {
    super();
  }

  get snapshot(): Readonly<StageState> {
    return this.state;
  }

  async preShowCheck(): Promise<void> {
    for (const puppet of this.cast) {
      await this.rig.home(puppet.name);
    }
    await sleep(500);

    const outcomes = await Promise.allSettled(
      this.cast.map((puppet) => this.rig.calibrate(puppet.name, puppet.strings)),
    );

    this.state = { ...this.state, ready: true, calibratedAt: Date.now() };
    this.emit('ready', { puppets: outcomes.length });
  }

  async nextAct(): Promise<number> {
    if (!this.state.ready) {
      throw new Error('stage not calibrated; run preShowCheck first');
    }
    this.state = { ...this.state, act: this.state.act + 1, ready: false };
    await this.preShowCheck();
    return this.state.act;
  }
}

export async function openCurtain(stage: PuppetStage): Promise<string> {
  await stage.preShowCheck();
  const { act, calibratedAt } = stage.snapshot;
  return `Act ${act} ready (calibrated ${new Date(calibratedAt ?? 0).toISOString()})`;
}
