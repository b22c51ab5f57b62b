// expect: no-floating-promises
// The 'cue' listener is an async function handed to EventEmitter.on, which ignores its promise, so a failed fade or fly move becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface StageCue {
  number: number;
  scene: string;
  lightingPreset?: string;
  flyBar?: { bar: number; heightM: number };
  marionettes: string[];
}

interface LightingDesk {
  fadeTo(preset: string, seconds: number): Promise<void>;
}
interface FlySystem {
  moveBar(bar: number, heightM: number): Promise<void>;
}

declare const theatreLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class PerformanceController extends EventEmitter {
  private current = 0;
  private readonly executed: number[] = [];
  private readonly onStage = new Set<string>();

  constructor(
    private readonly cues: StageCue[],
    private readonly desk: LightingDesk,
    private readonly fly: FlySystem,
  ) {
    super();
    this.on('cue', async (cue: StageCue) => {
      theatreLog.info('executing cue', { number: cue.number, scene: cue.scene });
      if (cue.lightingPreset) {
        await this.desk.fadeTo(cue.lightingPreset, 3);
      }
      if (cue.flyBar) {
        await this.fly.moveBar(cue.flyBar.bar, cue.flyBar.heightM);
      }
      this.updateCast(cue.marionettes);
      this.executed.push(cue.number);
    });
  }

  private updateCast(marionettes: string[]): void {
    const next = new Set(marionettes);
    for (const name of this.onStage) {
      if (!next.has(name)) theatreLog.info('exit', { marionette: name });
    }
    for (const name of next) {
      if (!this.onStage.has(name)) theatreLog.info('enter', { marionette: name });
    }
    this.onStage.clear();
    for (const name of next) this.onStage.add(name);
  }

  go(): boolean {
    const cue = this.cues[this.current];
    if (!cue) {
      theatreLog.warn('no more cues');
      return false;
    }
    this.current += 1;
    this.emit('cue', cue);
    return true;
  }

  standBy(): StageCue | undefined {
    return this.cues[this.current];
  }

  jumpTo(cueNumber: number): void {
    const index = this.cues.findIndex((c) => c.number === cueNumber);
    if (index < 0) throw new Error(`cue ${cueNumber} not in book`);
    this.current = index;
  }

  get executedCues(): readonly number[] {
    return this.executed;
  }

  get cast(): string[] {
    return [...this.onStage].sort();
  }
}
