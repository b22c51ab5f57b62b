// expect: none
// `if (this.hooks.beforeCue)` tests an optional hook for presence and then calls and awaits it; it is not an uncalled async check.
import { EventEmitter } from 'node:events';

export interface StageCue {
  id: string;
  kind: 'fly' | 'trap' | 'light' | 'sound';
  target: string;
  durationMs: number;
}

export interface CueHooks {
  /** Return false to hold the cue (e.g. a puppeteer not yet in position). */
  beforeCue?: (cue: StageCue) => Promise<boolean>;
  afterCue?: (cue: StageCue, tookMs: number) => Promise<void>;
}

declare const rig: {
  fly(target: string, ms: number): Promise<void>;
  trap(target: string, open: boolean): Promise<void>;
  fade(channel: string, ms: number): Promise<void>;
  play(clip: string): Promise<void>;
  isLocked(target: string): Promise<boolean>;
};

export class CueRunner extends EventEmitter {
  constructor(private readonly hooks: CueHooks = {}) {
    super();
  }

  private async execute(cue: StageCue): Promise<void> {
    switch (cue.kind) {
      case 'fly':
        return rig.fly(cue.target, cue.durationMs);
      case 'trap':
        return rig.trap(cue.target, true);
      case 'light':
        return rig.fade(cue.target, cue.durationMs);
      case 'sound':
        return rig.play(cue.target);
    }
  }

  async go(cue: StageCue): Promise<boolean> {
    if (await rig.isLocked(cue.target)) {
      this.emit('held', cue, 'rig locked');
      return false;
    }
    if (this.hooks.beforeCue) {
      const proceed = await this.hooks.beforeCue(cue);
      if (!proceed) {
        this.emit('held', cue, 'hook');
        return false;
      }
    }
    const started = Date.now();
    await this.execute(cue);
    const took = Date.now() - started;
    this.emit('done', cue, took);
    if (this.hooks.afterCue) await this.hooks.afterCue(cue, took);
    return true;
  }

  async runSequence(cues: StageCue[]): Promise<string[]> {
    const held: string[] = [];
    for (const cue of cues) {
      if (!(await this.go(cue))) held.push(cue.id);
    }
    return held;
  }
}
